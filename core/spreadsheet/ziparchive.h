#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace kartoitus::spreadsheet {

// A zip archive (an .xlsx or .ods file) opened read-only with libzip. Entries are read
// as streams, never whole, and an entry that would unpack to far more than its packed
// size (a zip bomb) is refused before a byte of it is read.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::ZipArchive)

public:
    // Beyond this an entry is refused whatever its ratio: no sheet a person made is this big.
    static constexpr qint64 MaxEntrySize = qint64(4) * 1024 * 1024 * 1024;
    // An entry that unpacks to more than BombMinSize and more than BombRatio times its
    // packed size is taken for a zip bomb: real sheet XML packs 5 to 50 times.
    static constexpr qint64 BombMinSize = qint64(64) * 1024 * 1024;
    static constexpr qint64 BombRatio = 200;

    ZipArchive() = default;
    ~ZipArchive();
    Q_DISABLE_COPY(ZipArchive)

    // False and errorString() when the file is not a readable zip archive.
    bool open(const QString &path);
    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }

    // Whether the archive has an entry of this name (compared without case).
    bool contains(const QString &name) const;
    // The entry opened for streaming, or null and errorString() (missing, a zip bomb,
    // encrypted, damaged).
    std::unique_ptr<QIODevice> openEntry(const QString &name);
    // An entry's unpacked size as the archive states it (-1 when missing).
    qint64 entrySize(const QString &name) const;
    // A small entry (at most maxBytes) read whole: the "mimetype" of an ODS file.
    QByteArray readSmallEntry(const QString &name, qint64 maxBytes);

private:
    qint64 indexOf(const QString &name) const;

    struct zip *m_zip = nullptr;
    QString m_error;
};

} // namespace kartoitus::spreadsheet
