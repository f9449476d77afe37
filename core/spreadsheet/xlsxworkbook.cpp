#include "spreadsheet/xlsxreader.h"
#include "spreadsheet/xmlstream.h"

#include <QDir>
#include <QHash>

namespace kartoitus::spreadsheet {

namespace {

// A relationship's target as a part name: relative to the folder of the part whose
// relationships name it, or absolute from the archive's root.
QString resolvePart(const QString &fromPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : fromPart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

// The text of a shared string item (<si>): its <t> elements, rich-text runs included,
// without the phonetic reading (<rPh>) that Japanese workbooks add.
bool readStringItem(QXmlStreamReader &xml, qsizetype maxLength, QString *text)
{
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (xml::isStart(xml, QLatin1String("rPh")) ||
            xml::isStart(xml, QLatin1String("phoneticPr"))) {
            xml.skipCurrentElement();
        } else if (xml::isStart(xml, QLatin1String("t"))) {
            *text += xml.readElementText();
            if (text->size() > maxLength)
                return false;
        }
    }
    *text = decodeOoxmlEscapes(*text);
    return !xml.hasError();
}

} // namespace

bool XlsxWorkbook::readRelationships(ZipArchive &zip, const QString &part, QString *error)
{
    const bool root = part.isEmpty();
    std::unique_ptr<QIODevice> device =
        zip.openEntry(root ? QStringLiteral("_rels/.rels") : relationshipsPart(part));
    if (!device) {
        if (root) {
            m_workbookPart = QStringLiteral("xl/workbook.xml"); // a minimal writer's layout
            return true;
        }
        *error = zip.errorString();
        return false;
    }
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml::isStart(xml, QLatin1String("Relationship")))
            continue;
        const QString type = xml::attribute(xml, QLatin1String("Type"));
        const QString target = resolvePart(part, xml::attribute(xml, QLatin1String("Target")));
        if (root && type.endsWith(QLatin1String("/officeDocument")))
            m_workbookPart = target;
        else if (type.endsWith(QLatin1String("/styles")))
            m_stylesPart = target;
        else if (type.endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPart = target;
        m_targets.insert(xml::attribute(xml, QLatin1String("Id")), target);
    }
    if (xml.hasError()) {
        *error = tr("its relationships cannot be read (%1)").arg(xml.errorString());
        return false;
    }
    if (root && m_workbookPart.isEmpty())
        m_workbookPart = QStringLiteral("xl/workbook.xml");
    return true;
}

bool XlsxWorkbook::readStructure(ZipArchive &zip, QString *error)
{
    return readRelationships(zip, QString(), error) && readWorkbook(zip, error);
}

bool XlsxWorkbook::readWorkbook(ZipArchive &zip, QString *error)
{
    if (!readRelationships(zip, m_workbookPart, error))
        return false;
    std::unique_ptr<QIODevice> device = zip.openEntry(m_workbookPart);
    if (!device) {
        *error = zip.errorString();
        return false;
    }
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml::isStart(xml, QLatin1String("workbookPr"))) {
            const QString value = xml::attribute(xml, QLatin1String("date1904"));
            // Some writers repeat workbookPr (inside mc:AlternateContent) without the flag.
            date1904 = date1904 || value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml::isStart(xml, QLatin1String("sheet"))) {
            const QString state = xml::attribute(xml, QLatin1String("state"));
            sheets.append({xml::attribute(xml, QLatin1String("name")),
                           m_targets.value(xml::relationshipId(xml)),
                           !state.isEmpty() && state != QLatin1String("visible")});
        }
    }
    if (xml.hasError()) {
        *error = tr("its list of sheets cannot be read (%1)").arg(xml.errorString());
        return false;
    }
    if (sheets.isEmpty()) {
        *error = tr("the workbook has no sheets");
        return false;
    }
    return true;
}

bool XlsxWorkbook::readContents(ZipArchive &zip, qsizetype maxCellLength, QString *error)
{
    return readStyles(zip, error) && readSharedStrings(zip, maxCellLength, error);
}

bool XlsxWorkbook::readStyles(ZipArchive &zip, QString *error)
{
    if (m_stylesPart.isEmpty() || !zip.contains(m_stylesPart))
        return true; // every cell is General
    std::unique_ptr<QIODevice> device = zip.openEntry(m_stylesPart);
    if (!device) {
        *error = zip.errorString();
        return false;
    }
    QHash<int, QString> codes;
    bool inCellXfs = false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml::isStart(xml, QLatin1String("numFmt"))) {
            codes.insert(xml::attribute(xml, QLatin1String("numFmtId")).toInt(),
                         xml::attribute(xml, QLatin1String("formatCode")));
        } else if (xml::isStart(xml, QLatin1String("cellXfs"))) {
            inCellXfs = true;
        } else if (xml::isEnd(xml, QLatin1String("cellXfs"))) {
            inCellXfs = false;
        } else if (inCellXfs && xml::isStart(xml, QLatin1String("xf"))) {
            const int id = xml::attribute(xml, QLatin1String("numFmtId")).toInt();
            styles.append(codes.contains(id) ? classifyFormat(codes.value(id)) : builtinFormat(id));
        }
    }
    if (xml.hasError()) {
        *error = tr("its cell styles cannot be read (%1)").arg(xml.errorString());
        return false;
    }
    return true;
}

bool XlsxWorkbook::readSharedStrings(ZipArchive &zip, qsizetype maxCellLength, QString *error)
{
    if (m_sharedStringsPart.isEmpty() || !zip.contains(m_sharedStringsPart))
        return true;
    std::unique_ptr<QIODevice> device = zip.openEntry(m_sharedStringsPart);
    if (!device) {
        *error = zip.errorString();
        return false;
    }
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml::isStart(xml, QLatin1String("si")))
            continue;
        QString text;
        if (!readStringItem(xml, maxCellLength, &text)) {
            if (!xml.hasError()) {
                *error = tr("shared string %1 is longer than %2 characters")
                             .arg(sharedStrings.size())
                             .arg(maxCellLength);
                return false;
            }
            break;
        }
        if (!sharedStrings.append(text)) {
            *error = sharedStrings.errorString();
            return false;
        }
    }
    if (xml.hasError()) {
        *error =
            tr("its shared strings cannot be read (%1)")
                .arg(device->errorString().isEmpty() ? xml.errorString() : device->errorString());
        return false;
    }
    if (!sharedStrings.finish()) {
        *error = sharedStrings.errorString();
        return false;
    }
    return true;
}

} // namespace kartoitus::spreadsheet
