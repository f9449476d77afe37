#include "spreadsheet/rowsource.h"

#include "common/keytable.h"
#include "spreadsheet/csvrowsource.h"
#include "spreadsheet/odsreader.h"
#include "spreadsheet/xlsreader.h"
#include "spreadsheet/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace kartoitus::spreadsheet {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::RowSource)
};

bool isOdsArchive(ZipArchive &zip)
{
    const QByteArray mimetype = zip.readSmallEntry(QStringLiteral("mimetype"), 256);
    if (!mimetype.isEmpty())
        return mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet");
    return zip.contains(QStringLiteral("content.xml")) &&
           !zip.contains(QStringLiteral("[Content_Types].xml"));
}

} // namespace

QString formatKey(Format format)
{
    static constexpr KeyName<Format> formats[] = {
        {Format::Csv, "csv"}, {Format::Xlsx, "xlsx"}, {Format::Ods, "ods"}, {Format::Xls, "xls"}};
    return keyOf(formats, format);
}

Format detectFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Csv;
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith("PK\x03\x04")) {
        ZipArchive zip;
        if (zip.open(path) && isOdsArchive(zip))
            return Format::Ods;
        return Format::Xlsx;
    }
    if (head == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return Format::Xls;
    return Format::Csv;
}

int sheetIndex(const QStringList &names, const QString &wanted, OpenError *error)
{
    if (names.isEmpty()) {
        error->message = Messages::tr("The workbook has no sheets.");
        return -1;
    }
    if (wanted.isEmpty())
        return 0;
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= names.size())
        return number - 1;
    for (int i = 0; !isNumber && i < names.size(); ++i) {
        if (names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    error->message = noSuchSheet(wanted, names);
    return -1;
}

QString noSuchSheet(const QString &wanted, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return Messages::tr("There is no sheet “%1”: the workbook has %2.")
        .arg(wanted, quoted.join(QStringLiteral(", ")));
}

std::unique_ptr<RowSource> openRowSource(const QString &path, const SourceOptions &options,
                                         OpenError *error)
{
    if (!QFileInfo(path).isFile()) {
        error->message = Messages::tr("The file does not exist.");
        return nullptr;
    }
    switch (detectFormat(path)) {
    case Format::Xlsx:
        return XlsxReader::open(path, options, error);
    case Format::Ods:
        return OdsReader::open(path, options, error);
    case Format::Xls:
        return XlsReader::open(path, options, error);
    case Format::Csv:
        break;
    }
    return CsvRowSource::open(path, options, error);
}

QStringList sheetNames(const QString &path)
{
    switch (detectFormat(path)) {
    case Format::Xlsx:
        return XlsxReader::sheetNames(path);
    case Format::Ods:
        return OdsReader::sheetNames(path);
    case Format::Xls:
        return XlsReader::sheetNames(path);
    case Format::Csv:
        break;
    }
    return {};
}

bool isImportableName(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("csv"),  QStringLiteral("txt"),
                                         QStringLiteral("tsv"),  QStringLiteral("xlsx"),
                                         QStringLiteral("xlsm"), QStringLiteral("ods"),
                                         QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace kartoitus::spreadsheet
