#include "reports/reportrenderer.h"

#include "reports/reportlanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kartoitus::reports {

namespace {

constexpr const char *Context = "kartoitus::reports::ReportRenderer";
const QString Accent = QStringLiteral("#1d5a7a");
const QString Marked = QStringLiteral("#fbe3b4");

// Register text as HTML: escaped, its line breaks kept.
QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

void appendCard(QString &html, const Report &report, const ReportEntry &entry)
{
    const auto cell = [&entry](int i) {
        return i < entry.cells.size() ? entry.cells.at(i) : QString();
    };
    html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0px\">"
                           "<span style=\"font-size:11pt; font-weight:bold; color:%1\">%2</span>")
                .arg(Accent, escaped(cell(0)));
    if (!cell(1).isEmpty())
        html += QStringLiteral(" &nbsp;&ndash;&nbsp; <span style=\"font-style:italic\">%1</span>")
                    .arg(escaped(cell(1)));
    QList<QList<int>> lines = report.cardLines;
    if (lines.isEmpty()) {
        for (int i = 2; i < report.columns.size(); ++i)
            lines.append(QList<int>{i});
    }
    for (const QList<int> &line : std::as_const(lines)) {
        QStringList parts;
        for (int i : line) {
            if (i < report.columns.size() && !cell(i).isEmpty())
                parts.append(QStringLiteral("<span style=\"color:#555555\">%1:</span> %2")
                                 .arg(escaped(report.columns.at(i).label), escaped(cell(i))));
        }
        if (!parts.isEmpty())
            html += QLatin1String("<br/>") + parts.join(QLatin1String(" &nbsp;&middot;&nbsp; "));
    }
    html += QLatin1String("</p>");
}

// A number cell as the report's language writes it: `1 240`, `45,8`.
QString numberCell(const QString &text, const QLocale &locale)
{
    return escaped(ReportLanguage::localisedNumber(text, locale));
}

// A percentage as a horizontal bar with its number: the chart of a survey summary.
QString barCell(const QString &text, const QLocale &locale)
{
    bool ok = false;
    const double percent = qBound(0.0, text.toDouble(&ok), 100.0);
    if (!ok)
        return escaped(text);
    const int filled = qRound(percent);
    QString bar = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (filled > 0)
        bar += QStringLiteral("<td width=\"%1%\" style=\"background-color:%2\">&nbsp;</td>")
                   .arg(filled)
                   .arg(Accent);
    bar += QStringLiteral("<td width=\"%1%\">&nbsp;%2&nbsp;%</td></tr></table>")
               .arg(100 - filled)
               .arg(numberCell(text, locale));
    return bar;
}

void appendTable(QString &html, const Report &report, const ReportGroup &group)
{
    const QLocale locale = ReportLanguage::localeFor(report.language);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\""
                           " style=\"border-color:#9aa9b3; border-style:solid; margin-top:6px\">"
                           "<thead><tr>");
    for (const ReportColumn &column : report.columns)
        html += QStringLiteral("<th align=\"left\" style=\"background-color:#e3edf3\">%1</th>")
                    .arg(escaped(column.label));
    html += QLatin1String("</tr></thead>");
    for (const ReportEntry &entry : group.entries) {
        html += entry.marked ? QStringLiteral("<tr style=\"background-color:%1\">").arg(Marked)
                             : QStringLiteral("<tr>");
        for (int i = 0; i < report.columns.size(); ++i) {
            const QString cell = i < entry.cells.size() ? entry.cells.at(i) : QString();
            const ReportColumn &column = report.columns.at(i);
            html +=
                column.bar ? QStringLiteral("<td width=\"45%\">%1</td>").arg(barCell(cell, locale))
                : column.number
                    ? QStringLiteral("<td align=\"right\">%1</td>").arg(numberCell(cell, locale))
                    : QStringLiteral("<td>%1</td>").arg(escaped(cell));
        }
        html += QLatin1String("</tr>");
    }
    html += QLatin1String("</table>");
}

void appendGroup(QString &html, const Report &report, const ReportGroup &group, bool first)
{
    const QString pageBreak =
        group.newPage && !first ? QStringLiteral(" page-break-before:always;") : QString();
    if (!group.heading.isEmpty())
        html += QStringLiteral("<h2 style=\"font-size:14pt; color:%1; margin-top:16px;"
                               " margin-bottom:2px;%2\">%3</h2>")
                    .arg(Accent, pageBreak, escaped(group.heading));
    for (const QString &note : group.notes)
        html += QStringLiteral("<p style=\"margin:0px\">%1</p>").arg(escaped(note));
    if (report.layout == ReportLayout::Table) {
        if (!group.entries.isEmpty())
            appendTable(html, report, group);
    } else {
        for (const ReportEntry &entry : group.entries)
            appendCard(html, report, entry);
    }
    for (const QString &line : group.closing)
        html += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0px\">%1</p>")
                    .arg(escaped(line));
}

struct PageFooter
{
    QString left;
    QString note;
    QString pageFormat; // "sivu %1 / %2"
};

PageFooter pageFooter(const Report &report)
{
    const ReportLanguage language(report.language);
    PageFooter footer;
    QStringList parts;
    if (!report.source.isEmpty())
        parts.append(language
                         .text(Context, QT_TRANSLATE_NOOP("kartoitus::reports::ReportRenderer",
                                                          "Source: %1"))
                         .arg(report.source));
    if (report.produced.isValid())
        parts.append(language
                         .text(Context, QT_TRANSLATE_NOOP("kartoitus::reports::ReportRenderer",
                                                          "Produced %1"))
                         .arg(language.date(report.produced)));
    footer.left = parts.join(QStringLiteral("  ·  "));
    footer.note = report.pageNote;
    footer.pageFormat = language.text(
        Context, QT_TRANSLATE_NOOP("kartoitus::reports::ReportRenderer", "page %1 / %2"));
    return footer;
}

QFont footerFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

} // namespace

QVariant ReportDocument::loadResource(int, const QUrl &)
{
    ++m_requests;
    return {};
}

qsizetype Report::entryCount() const
{
    qsizetype count = 0;
    for (const ReportGroup &group : groups)
        count += group.entries.size();
    return count;
}

QString ReportRenderer::html(const Report &report)
{
    QString html;
    html.reserve(1024 + int(report.entryCount()) * 600);
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                           "<body style=\"font-size:10pt\">")
                .arg(escaped(report.title));
    html += QStringLiteral("<h1 style=\"font-size:20pt; color:%1; margin-bottom:2px\">%2</h1>")
                .arg(Accent, escaped(report.title));
    if (!report.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"font-size:12pt; margin-top:0px\">%1</p>")
                    .arg(escaped(report.subtitle));
    if (!report.filters.isEmpty()) {
        QStringList lines;
        for (const QString &filter : report.filters)
            lines.append(escaped(filter));
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\""
                               " style=\"background-color:#eef4f7; margin-top:4px\"><tr><td>"
                               "%1</td></tr></table>")
                    .arg(lines.join(QLatin1String("<br/>")));
    }
    bool first = true;
    for (const ReportGroup &group : report.groups) {
        appendGroup(html, report, group, first);
        first = false;
    }
    if (report.entryCount() == 0 && !report.emptyMessage.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:16px; font-style:italic\">%1</p>")
                    .arg(escaped(report.emptyMessage));
    if (!report.footer.isEmpty()) {
        QStringList lines;
        for (const QString &line : report.footer)
            lines.append(escaped(line));
        html += QStringLiteral("<p style=\"margin-top:18px; font-size:8.5pt; color:#444444\">"
                               "%1</p>")
                    .arg(lines.join(QLatin1String("<br/>")));
    }
    html += QLatin1String("</body></html>");
    return html;
}

std::unique_ptr<ReportDocument> ReportRenderer::document(const Report &report,
                                                         QPagedPaintDevice *device)
{
    auto doc = std::make_unique<ReportDocument>();
    if (device)
        doc->documentLayout()->setPaintDevice(device);
    QFont font = doc->defaultFont();
    font.setPointSizeF(10);
    // No ligatures: "fi" stays two letters that a reader of the PDF's text (search, copy,
    // pdftotext) finds.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html(report));
    return doc;
}

int ReportRenderer::print(const Report &report, QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
    const PageFooter footer = pageFooter(report);
    const QFont font = footerFont();
    const QFontMetricsF metrics(font, device);
    const qreal lineHeight = metrics.lineSpacing();
    const int footerLines = footer.note.isEmpty() ? 1 : 2;
    const qreal footerHeight = lineHeight * (footerLines + 1);
    const QSizeF page(device->width(), device->height());
    const QSizeF body(page.width(), page.height() - footerHeight);

    const std::unique_ptr<ReportDocument> doc = document(report, device);
    doc->setPageSize(body);
    const int pages = doc->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        const QRectF visible(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -visible.top());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal top = page.height() - lineHeight * footerLines;
        painter.drawLine(QPointF(0, top - lineHeight * 0.5),
                         QPointF(page.width(), top - lineHeight * 0.5));
        const QRectF line(0, top, page.width(), lineHeight);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer.left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         footer.pageFormat.arg(index + 1).arg(pages));
        if (!footer.note.isEmpty())
            painter.drawText(line.translated(0, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             footer.note);
    }
    painter.end();
    return pages;
}

bool ReportRenderer::writePdf(const Report &report, const QString &path, QString *error, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    int printed = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Kartoitus"));
        printed = print(report, &writer);
    }
    if (printed == 0 || !file.commit()) {
        file.cancelWriting();
        if (error)
            *error = tr("%1 cannot be written: %2")
                         .arg(path, printed == 0 ? tr("the PDF could not be drawn.")
                                                 : file.errorString());
        return false;
    }
    if (pages)
        *pages = printed;
    return true;
}

} // namespace kartoitus::reports
