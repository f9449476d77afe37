#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kartoitus {

// The outcome of checking one field: the value in the form the register stores, or a
// message for the user that names the field and the value as written.
struct Validation
{
    bool ok = true;
    QString value; // normalised; empty when the input was blank
    QString error; // empty when ok

    explicit operator bool() const { return ok; }

    static Validation valid(QString normalised) { return {true, std::move(normalised), {}}; }
    static Validation invalid(QString message) { return {false, {}, std::move(message)}; }
};

// Every check of a field value in one place, shared by editors, import and the
// data-quality report. Pure functions: no database, no locale of the machine.
//
// Every field here is optional in the register, so blank input (nothing but whitespace)
// is valid and normalises to an empty string; a caller that needs a value checks that.
class Validators
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::Validators)

public:
    // Business ID (Y-tunnus) `NNNNNNN-C`. Accepted as well, and normalised to that form:
    // surrounding and inner spaces (`2077474 - 0`), a Unicode dash instead of the hyphen
    // (copied from word processors), six digits before the hyphen (older IDs, which the
    // Finnish Tax Administration pads with a leading zero; the zero does not change the
    // check digit: `166094-0` → `0166094-0`), and the VAT number form `FI01660940`.
    // Eight digits with no hyphen are refused: such a cell may be any number.
    static Validation businessId(QStringView text);
    // The check digit of seven digits (0–9), or -1 when no business ID has those digits
    // (the remainder is 1) or the input is not seven ASCII digits.
    static int businessIdCheckDigit(QStringView sevenDigits);

    // Association register number (yhdistysrekisterinumero): up to six digits, written
    // `192.130`, `192130` or `192 130` (any of the spaces ValueParsing accepts). Groups
    // after the first must have three digits. Stored as digits without leading zeros.
    static Validation registerNumber(QStringView text);
    // Digits as the register shows them: `192130` → `192.130`. Text that is not digits is
    // returned as it is.
    static QString formatRegisterNumber(const QString &digits);

    // Postal code: five digits. One to four digits are taken as a code whose leading zeros
    // a spreadsheet dropped (`100` → `00100`).
    static Validation postalCode(QStringView text);

    // Email: `local@domain.tld`, one @, no whitespace, a domain of dot-separated labels
    // with a top-level domain of at least two letters. A `mailto:` prefix is removed and
    // the domain lowercased; the local part is kept as written.
    static Validation email(QStringView text);

    // Phone number. National (`040 123 4567`, `014 123 456`) or international
    // (`+358 40 123 4567`, `00358 40 123 4567`, `+358 (0)40 123 4567`, `+46 8 123 456`).
    // Separators: spaces, `-`, `/`, `.` and parentheses; letters make it invalid. After the
    // prefix (the leading 0 of a national number, or +358) there must be 6 to 12 digits;
    // another country's number has 7 to 15 digits after the + (E.164's limit).
    // Normalised: whitespace collapsed, `00` becomes `+`, `(0)` after +358 is dropped; the
    // user's own grouping is kept. A number typed without any separators is grouped
    // (`0401234567` → `040 123 4567`). Nine or ten digits starting with 4 or 50, a Finnish
    // mobile number whose leading zero a spreadsheet dropped, get the zero back.
    static Validation phone(QStringView text);

    // Website: an http(s) address; `www.example.org` becomes `https://www.example.org`.
    // The host must have a dot and is lowercased; other schemes are refused.
    static Validation website(QStringView text);

    // The year an organisation was founded: four digits, 1800 up to `currentYear`
    // (0: this year, from the system clock).
    static Validation foundedYear(QStringView text, int currentYear = 0);

    // A count of people (members, staff): a whole number from 0, written as
    // ValueParsing::parseInteger() reads it (`1 240`, `1.240`). Normalised to plain digits.
    // `field` is the field's user-visible name, used in the message.
    static Validation count(QStringView text, const QString &field);
    // Any other whole number from 0 (a fee in euros, an area in square metres), read the
    // same way as a count, with messages that do not speak of people.
    static Validation number(QStringView text, const QString &field);
};

} // namespace kartoitus
