#include "spreadsheet/ziparchive.h"

#include <QFile>

#include <zip.h>

namespace kartoitus::spreadsheet {

namespace {

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// One entry read as a sequential device, so that QXmlStreamReader pulls it in small
// pieces. Reading stops with an error at the size the archive states, so an entry whose
// header understates its size cannot unpack without end.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(zip_file_t *file, qint64 size)
        : m_file(file)
        , m_size(size)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    ~ZipEntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_done || maxSize <= 0)
            return m_done && !errorString().isEmpty() ? -1 : 0;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
            m_done = true;
            return -1;
        }
        if (n == 0)
            m_done = true;
        m_read += n;
        if (m_read > m_size) {
            setErrorString(ZipArchive::tr("the entry unpacks to more than its stated size"));
            m_done = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_size;
    qint64 m_read = 0;
    bool m_done = false;
};

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QString &path)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        m_error = tr("it is not a readable zip archive (%1)").arg(zipErrorText(code));
        return false;
    }
    return true;
}

qint64 ZipArchive::indexOf(const QString &name) const
{
    if (!m_zip)
        return -1;
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
}

bool ZipArchive::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

qint64 ZipArchive::entrySize(const QString &name) const
{
    const qint64 index = indexOf(name);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString &name)
{
    const qint64 index = indexOf(name);
    if (index < 0) {
        m_error = tr("the part %1 is missing").arg(name);
        return nullptr;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE)) {
        m_error = tr("the part %1 cannot be read").arg(name);
        return nullptr;
    }
    const qint64 size = qint64(stat.size);
    const qint64 packed = qMax<qint64>(1, qint64(stat.comp_size));
    if (size > MaxEntrySize || (size > BombMinSize && size / packed > BombRatio)) {
        m_error = tr("the part %1 would unpack from %2 KB to %3 MB; this looks like a zip "
                     "bomb, not a spreadsheet")
                      .arg(name)
                      .arg(packed / 1024)
                      .arg(size / (1024 * 1024));
        return nullptr;
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_error =
            tr("the part %1 cannot be read (%2)").arg(name, QString::fromUtf8(zip_strerror(m_zip)));
        return nullptr;
    }
    return std::make_unique<ZipEntryDevice>(file, size);
}

QByteArray ZipArchive::readSmallEntry(const QString &name, qint64 maxBytes)
{
    if (entrySize(name) < 0 || entrySize(name) > maxBytes)
        return {};
    std::unique_ptr<QIODevice> device = openEntry(name);
    return device ? device->read(maxBytes) : QByteArray();
}

} // namespace kartoitus::spreadsheet
