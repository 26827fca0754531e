#include "reportpainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <type_traits>
#include <unordered_map>

namespace td::report {

namespace {

constexpr double HugeHeight = 1e9;
constexpr double LabelShare = 0.27; // label column of Fields blocks

const QColor TextColor(0x1a, 0x1a, 0x1a);
const QColor SubColor(0x55, 0x5f, 0x66);
const QColor RuleColor(0x9e, 0xa7, 0xad);
const QColor HeaderFill(0xe6, 0xea, 0xed);
const QColor ZebraFill(0xf6, 0xf7, 0xf8);

struct Item
{
    enum Kind { Title, Heading, Paragraph, FieldRow, TableTitle, TableHeader, TableRow, TableNote,
                Chart, Signature };
    Kind kind;
    int block;
    int index; ///< field or row; TableHeader: 1 = repeated on a continuation page
    double y;
    double height;
};

// A font and its metrics on the device, measured once.
struct MeasuredFont
{
    QFont font;
    QFontMetricsF metrics{QFont()};
};

// Geometry only: bar heights and line positions of the bid ladder. Every number printed comes
// from the Decimal's text, never from this double.
double geometryValue(const money::Decimal &value)
{
    return value.toString().toDouble();
}

} // namespace

struct ReportPainter::Impl
{
    Impl(const ReportDocument &d, const QStringList &f) : doc(d), families(f) {}

    const ReportDocument &doc;
    QStringList families;
    QPagedPaintDevice *device = nullptr;
    double dpi = 72;
    double pageWidth = 0, pageHeight = 0; // paint rect (inside margins)
    double top = 0, bottom = 0;           // content area between running header and footer
    MeasuredFont body, bodyBold, small, smallBold, sub, title, h1, h2, footer;
    std::vector<std::vector<Item>> pages;
    double y = 0;
    std::unordered_map<int, std::vector<std::pair<double, double>>> columns; // table → (x, w)

    double pt(double points) const { return points * dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * dpi / 25.4; }
    double pad() const { return pt(2); }

    MeasuredFont makeFont(double points, bool bold)
    {
        MeasuredFont m;
        m.font.setFamilies(families);
        m.font.setPointSizeF(points);
        m.font.setBold(bold);
        m.font.setStyleStrategy(QFont::PreferAntialias);
        m.metrics = QFontMetricsF(m.font, device);
        return m;
    }

    void setupFonts()
    {
        body = makeFont(9, false);
        bodyBold = makeFont(9, true);
        small = makeFont(7.5, false);
        smallBold = makeFont(7.5, true);
        sub = makeFont(6.5, false);
        title = makeFont(18, true);
        h1 = makeFont(12.5, true);
        h2 = makeFont(10.5, true);
        footer = makeFont(6.5, false);
    }

    // ---- measuring -------------------------------------------------------------------------

    static int wrapFlags(const QString &text, const QFontMetricsF &fm, double width)
    {
        const QRectF r = fm.boundingRect(QRectF(0, 0, width, HugeHeight), Qt::TextWordWrap, text);
        // A script without spaces (Lao; Thai without dictionary breaks) cannot wrap at words.
        return r.width() > width + 0.5 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    }

    static double textHeight(const QString &text, const MeasuredFont &f, double width)
    {
        if (text.isEmpty())
            return 0;
        if (!text.contains(u'\n') && f.metrics.horizontalAdvance(text) <= width)
            return f.metrics.height();
        return f.metrics
            .boundingRect(QRectF(0, 0, width, HugeHeight), wrapFlags(text, f.metrics, width), text)
            .height();
    }

    double labelHeight(const Text &text, const MeasuredFont &mainFont, double width) const
    {
        double h = textHeight(text.main, mainFont, width);
        if (!text.sub.isEmpty())
            h += textHeight(text.sub, sub, width);
        return h;
    }

    // ---- painting primitives ---------------------------------------------------------------

    static int alignFlags(Align align)
    {
        switch (align) {
        case Align::Right:
            return Qt::AlignRight;
        case Align::Center:
            return Qt::AlignHCenter;
        case Align::Left:
            break;
        }
        return Qt::AlignLeft;
    }

    // Draws text in rect (top-aligned); returns the height used.
    static double drawText(QPainter &p, const QRectF &rect, const QString &text,
                           const MeasuredFont &f, int align, const QColor &color = TextColor)
    {
        if (text.isEmpty())
            return 0;
        p.setFont(f.font);
        p.setPen(color);
        if (!text.contains(u'\n')) {
            // one line: draw at the baseline, which skips QPainter's rectangle layout (the
            // allocation table of a large tender has hundreds of thousands of cells)
            const double advance = f.metrics.horizontalAdvance(text);
            if (advance <= rect.width()) {
                double x = rect.left();
                if (align & Qt::AlignRight)
                    x = rect.right() - advance;
                else if (align & Qt::AlignHCenter)
                    x = rect.left() + (rect.width() - advance) / 2;
                p.drawText(QPointF(x, rect.top() + f.metrics.ascent()), text);
                return f.metrics.height();
            }
        }
        const int wrap = wrapFlags(text, f.metrics, rect.width());
        const double h =
            f.metrics.boundingRect(QRectF(0, 0, rect.width(), HugeHeight), wrap, text).height();
        p.drawText(QRectF(rect.x(), rect.y(), rect.width(), h), align | Qt::AlignTop | wrap, text);
        return h;
    }

    double drawLabel(QPainter &p, const QRectF &rect, const Text &text, const MeasuredFont &mainFont,
                     int align) const
    {
        double h = drawText(p, rect, text.main, mainFont, align);
        if (!text.sub.isEmpty())
            h += drawText(p, rect.adjusted(0, h, 0, 0), text.sub, sub, align, SubColor);
        return h;
    }

    // ---- layout ----------------------------------------------------------------------------

    void newPage()
    {
        pages.emplace_back();
        y = top;
    }

    bool pageEmpty() const { return pages.back().empty(); }

    void ensure(double height)
    {
        if (y + height > bottom && !pageEmpty())
            newPage();
    }

    void place(Item::Kind kind, int block, int index, double height)
    {
        ensure(height);
        pages.back().push_back({kind, block, index, y, height});
        y += height;
    }

    void gap(double points)
    {
        if (!pageEmpty())
            y += pt(points);
    }

    const std::vector<std::pair<double, double>> &tableColumns(int blockIndex, const Table &table)
    {
        auto it = columns.find(blockIndex);
        if (it != columns.end())
            return it->second;
        int total = 0;
        for (const Column &c : table.columns)
            total += std::max(1, c.weight);
        std::vector<std::pair<double, double>> geometry;
        double x = 0;
        for (const Column &c : table.columns) {
            const double w = pageWidth * std::max(1, c.weight) / std::max(1, total);
            geometry.emplace_back(x, w);
            x += w;
        }
        return columns.emplace(blockIndex, std::move(geometry)).first->second;
    }

    double headerRowHeight(int blockIndex, const Table &table)
    {
        const auto &geometry = tableColumns(blockIndex, table);
        double h = 0;
        for (size_t c = 0; c < table.columns.size(); ++c)
            h = std::max(h, labelHeight(table.columns[c].header, smallBold,
                                        geometry[c].second - 2 * pad()));
        return h + 2 * pad();
    }

    double rowHeight(int blockIndex, const Table &table, size_t row)
    {
        const auto &geometry = tableColumns(blockIndex, table);
        const bool bold = row < table.emphasis.size() && table.emphasis[row];
        const QStringList &cells = table.rows[row];
        double h = small.metrics.height();
        for (qsizetype c = 0; c < cells.size() && c < static_cast<qsizetype>(geometry.size()); ++c)
            h = std::max(h, textHeight(cells[c], bold ? smallBold : small,
                                       geometry[static_cast<size_t>(c)].second - 2 * pad()));
        return h + 2 * pad() * 0.6;
    }

    double fieldHeight(const Field &field) const
    {
        const double labelW = pageWidth * LabelShare - pad();
        const double valueW = pageWidth * (1 - LabelShare) - pad();
        return std::max(labelHeight(field.label, smallBold, labelW),
                        textHeight(field.value, body, valueW)) +
               pt(3);
    }

    double chartHeight() const { return mm(62); }

    double signatureHeight(const SignatureBlock &s) const
    {
        return labelHeight(s.title, h2, pageWidth) + pt(6) +
               static_cast<double>(s.roles.size()) * mm(13) + pt(4);
    }

    void layout()
    {
        pages.clear();
        columns.clear();
        newPage();
        for (int b = 0; b < static_cast<int>(doc.blocks.size()); ++b) {
            std::visit(
                [&](const auto &block) {
                    using T = std::decay_t<decltype(block)>;
                    if constexpr (std::is_same_v<T, report::Title>) {
                        place(Item::Title, b, 0,
                              labelHeight(block.text, title, pageWidth) + pt(14));
                    } else if constexpr (std::is_same_v<T, report::Heading>) {
                        const double h =
                            labelHeight(block.text, block.level == 1 ? h1 : h2, pageWidth) + pt(6);
                        gap(6);
                        ensure(h + mm(30)); // never alone at the foot of a page
                        place(Item::Heading, b, 0, h);
                    } else if constexpr (std::is_same_v<T, report::Paragraph>) {
                        place(Item::Paragraph, b, 0, textHeight(block.text, body, pageWidth) + pt(6));
                    } else if constexpr (std::is_same_v<T, Fields>) {
                        for (int i = 0; i < static_cast<int>(block.fields.size()); ++i)
                            place(Item::FieldRow, b, i, fieldHeight(block.fields[static_cast<size_t>(i)]));
                        gap(6);
                    } else if constexpr (std::is_same_v<T, Table>) {
                        layoutTable(b, block);
                    } else if constexpr (std::is_same_v<T, LadderChart>) {
                        gap(4);
                        place(Item::Chart, b, 0, chartHeight());
                        gap(6);
                    } else if constexpr (std::is_same_v<T, SignatureBlock>) {
                        gap(12);
                        place(Item::Signature, b, 0, signatureHeight(block));
                    } else if constexpr (std::is_same_v<T, PageBreak>) {
                        if (!pageEmpty())
                            newPage();
                    }
                },
                doc.blocks[static_cast<size_t>(b)]);
        }
    }

    void layoutTable(int b, const Table &table)
    {
        const double titleH = table.title.isEmpty() ? 0 : labelHeight(table.title, h2, pageWidth) + pt(3);
        const double headerH = headerRowHeight(b, table);
        const double firstRowH = table.rows.empty() ? 0 : rowHeight(b, table, 0);
        gap(2);
        ensure(titleH + headerH + firstRowH);
        if (titleH > 0)
            place(Item::TableTitle, b, 0, titleH);
        place(Item::TableHeader, b, 0, headerH);
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const double h = r == 0 ? firstRowH : rowHeight(b, table, r);
            if (y + h > bottom) {
                newPage();
                place(Item::TableHeader, b, 1, headerH);
            }
            place(Item::TableRow, b, static_cast<int>(r), h);
        }
        if (!table.note.isEmpty())
            place(Item::TableNote, b, 0, labelHeight(table.note, sub, pageWidth) + pt(4));
        gap(8);
    }

    // ---- painting --------------------------------------------------------------------------

    QString pageText(int page, int total) const
    {
        QString text = doc.pageOf.main.arg(page).arg(total);
        if (!doc.pageOf.sub.isEmpty())
            text += QStringLiteral(" / ") + doc.pageOf.sub.arg(page).arg(total);
        return text;
    }

    void paintFrame(QPainter &p, int page, int total) const
    {
        // running header
        const double headH = drawLabel(p, QRectF(0, 0, pageWidth, top), doc.runningHeader, footer,
                                       Qt::AlignLeft);
        p.setPen(QPen(RuleColor, pt(0.5)));
        p.drawLine(QPointF(0, headH + pt(2)), QPointF(pageWidth, headH + pt(2)));
        // footer: digest left, page x of y right
        const double footTop = bottom + pt(6);
        p.setPen(QPen(RuleColor, pt(0.5)));
        p.drawLine(QPointF(0, footTop), QPointF(pageWidth, footTop));
        QString digestLabel = doc.digestLabel.main;
        if (!doc.digestLabel.sub.isEmpty())
            digestLabel += QStringLiteral(" / ") + doc.digestLabel.sub;
        const QString pageLabel = pageText(page, total);
        const double pagesW = footer.metrics.horizontalAdvance(pageLabel) + pt(4);
        drawText(p, QRectF(0, footTop + pt(2), pageWidth - pagesW, pageHeight - footTop),
                 digestLabel + QStringLiteral(": ") + doc.digest, footer, Qt::AlignLeft, SubColor);
        drawText(p, QRectF(pageWidth - pagesW, footTop + pt(2), pagesW, pageHeight - footTop), pageLabel,
                 footer, Qt::AlignRight, SubColor);
    }

    void paintItem(QPainter &p, const Item &item)
    {
        const Block &block = doc.blocks[static_cast<size_t>(item.block)];
        switch (item.kind) {
        case Item::Title: {
            const auto &t = std::get<report::Title>(block);
            drawLabel(p, QRectF(0, item.y + pt(4), pageWidth, item.height), t.text, title,
                      Qt::AlignHCenter);
            break;
        }
        case Item::Heading: {
            const auto &h = std::get<report::Heading>(block);
            const double used = drawLabel(p, QRectF(0, item.y, pageWidth, item.height), h.text,
                                          h.level == 1 ? h1 : h2, Qt::AlignLeft);
            if (h.level == 1) {
                p.setPen(QPen(RuleColor, pt(0.75)));
                p.drawLine(QPointF(0, item.y + used + pt(1.5)), QPointF(pageWidth, item.y + used + pt(1.5)));
            }
            break;
        }
        case Item::Paragraph:
            drawText(p, QRectF(0, item.y, pageWidth, item.height),
                     std::get<report::Paragraph>(block).text, body, Qt::AlignLeft);
            break;
        case Item::FieldRow: {
            const Field &f = std::get<Fields>(block).fields[static_cast<size_t>(item.index)];
            drawLabel(p, QRectF(0, item.y, pageWidth * LabelShare - pad(), item.height), f.label,
                      smallBold, Qt::AlignLeft);
            drawText(p, QRectF(pageWidth * LabelShare, item.y, pageWidth * (1 - LabelShare) - pad(), item.height),
                     f.value, body, Qt::AlignLeft);
            break;
        }
        case Item::TableTitle:
            drawLabel(p, QRectF(0, item.y, pageWidth, item.height), std::get<Table>(block).title, h2,
                      Qt::AlignLeft);
            break;
        case Item::TableHeader:
            paintTableHeader(p, item, std::get<Table>(block));
            break;
        case Item::TableRow:
            paintTableRow(p, item, std::get<Table>(block));
            break;
        case Item::TableNote:
            drawLabel(p, QRectF(0, item.y + pt(2), pageWidth, item.height), std::get<Table>(block).note,
                      sub, Qt::AlignLeft);
            break;
        case Item::Chart:
            paintChart(p, QRectF(0, item.y, pageWidth, item.height), std::get<LadderChart>(block));
            break;
        case Item::Signature:
            paintSignature(p, item, std::get<SignatureBlock>(block));
            break;
        }
    }

    void paintTableHeader(QPainter &p, const Item &item, const Table &table)
    {
        const auto &geometry = tableColumns(item.block, table);
        p.fillRect(QRectF(0, item.y, pageWidth, item.height), HeaderFill);
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const auto [x, w] = geometry[c];
            drawLabel(p, QRectF(x + pad(), item.y + pad(), w - 2 * pad(), item.height),
                      table.columns[c].header, smallBold, alignFlags(table.columns[c].align));
        }
        p.setPen(QPen(RuleColor, pt(0.75)));
        p.drawLine(QPointF(0, item.y + item.height), QPointF(pageWidth, item.y + item.height));
    }

    void paintTableRow(QPainter &p, const Item &item, const Table &table)
    {
        const auto &geometry = tableColumns(item.block, table);
        const auto row = static_cast<size_t>(item.index);
        const bool bold = row < table.emphasis.size() && table.emphasis[row];
        if (row % 2 == 1)
            p.fillRect(QRectF(0, item.y, pageWidth, item.height), ZebraFill);
        const QStringList &cells = table.rows[row];
        for (size_t c = 0; c < geometry.size() && c < static_cast<size_t>(cells.size()); ++c) {
            const auto [x, w] = geometry[c];
            drawText(p, QRectF(x + pad(), item.y + pad() * 0.6, w - 2 * pad(), item.height),
                     cells[static_cast<qsizetype>(c)], bold ? smallBold : small,
                     alignFlags(table.columns[c].align));
        }
        if (bold) {
            p.setPen(QPen(RuleColor, pt(0.75)));
            p.drawLine(QPointF(0, item.y), QPointF(pageWidth, item.y));
        }
    }

    static QColor barColor(BarKind kind)
    {
        switch (kind) {
        case BarKind::Winner:
            return {0x2e, 0x7d, 0x32};
        case BarKind::Revived:
            return {0xef, 0x9a, 0x1a};
        case BarKind::Disqualified:
            return {0xcf, 0xd4, 0xd8};
        case BarKind::Other:
            break;
        }
        return {0x78, 0x90, 0x9c};
    }

    void paintChart(QPainter &p, const QRectF &area, const LadderChart &chart)
    {
        p.save();
        const double titleH = drawLabel(p, area, chart.title, h2, Qt::AlignLeft);
        const double legendH = small.metrics.height() + pt(4);
        const double labelsH = small.metrics.height() + pt(3);
        const double rightW = std::min(area.width() * 0.3, pt(130));
        const QRectF plot(area.left() + pt(6), area.top() + titleH + pt(10),
                          area.width() - rightW - pt(6),
                          area.height() - titleH - pt(10) - labelsH - legendH - pt(4));
        double maxValue = 0;
        for (const LadderBar &bar : chart.bars)
            maxValue = std::max(maxValue, geometryValue(bar.value));
        for (const LadderLine &line : chart.lines)
            maxValue = std::max(maxValue, geometryValue(line.value));
        if (maxValue <= 0)
            maxValue = 1;
        maxValue *= 1.08;
        const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / maxValue; };

        p.setPen(QPen(RuleColor, pt(0.75)));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(plot.bottomLeft(), plot.topLeft());

        const auto n = static_cast<double>(chart.bars.size());
        const double slot = plot.width() / std::max(1.0, n);
        const double barW = std::max(pt(0.5), slot * 0.7);
        const bool valueLabels = slot >= small.metrics.horizontalAdvance(QStringLiteral("0.00000"));
        const bool nameLabels = slot >= pt(10);
        for (size_t i = 0; i < chart.bars.size(); ++i) {
            const LadderBar &bar = chart.bars[i];
            const double x = plot.left() + slot * static_cast<double>(i) + (slot - barW) / 2;
            const double barTop = yOf(geometryValue(bar.value));
            p.fillRect(QRectF(x, barTop, barW, plot.bottom() - barTop), barColor(bar.kind));
            if (valueLabels)
                drawText(p, QRectF(x - (slot - barW) / 2, barTop - sub.metrics.height() - pt(1), slot,
                                   sub.metrics.height()),
                         bar.valueText, sub, Qt::AlignHCenter);
            if (nameLabels) {
                p.setFont(sub.font);
                p.setPen(TextColor);
                const QString name = sub.metrics.elidedText(bar.label, Qt::ElideRight, slot - pt(1));
                p.drawText(QRectF(x - (slot - barW) / 2, plot.bottom() + pt(2), slot, labelsH),
                           Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, name);
            }
        }

        // threshold lines with labels on the right, pushed apart so they never overlap
        struct Mark
        {
            double y;
            double labelY;
            const LadderLine *line;
        };
        std::vector<Mark> marks;
        for (const LadderLine &line : chart.lines) {
            const double ly = yOf(geometryValue(line.value));
            marks.push_back({ly, ly, &line});
        }
        std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.y < b.y; });
        const double lineLabelH = sub.metrics.height() * (chart.lines.empty() || chart.lines.front().label.sub.isEmpty() ? 1 : 2);
        for (size_t i = 1; i < marks.size(); ++i)
            marks[i].labelY = std::max(marks[i].labelY, marks[i - 1].labelY + lineLabelH);
        QPen dashed(QColor(0xc6, 0x28, 0x28), pt(0.75), Qt::DashLine);
        for (const Mark &m : marks) {
            p.setPen(dashed);
            p.drawLine(QPointF(plot.left(), m.y), QPointF(plot.right(), m.y));
            p.drawLine(QPointF(plot.right(), m.y), QPointF(plot.right() + pt(4), m.labelY));
            Text label = m.line->label;
            label.main += QStringLiteral(" ") + m.line->valueText;
            drawLabel(p, QRectF(plot.right() + pt(6), m.labelY - sub.metrics.height() / 2,
                                rightW - pt(8), lineLabelH + pt(2)),
                      label, sub, Qt::AlignLeft);
        }

        // legend
        double lx = plot.left();
        const double ly = area.bottom() - legendH + pt(2);
        const BarKind kinds[] = {BarKind::Winner, BarKind::Revived, BarKind::Other, BarKind::Disqualified};
        for (size_t i = 0; i < chart.legend.size() && i < 4; ++i) {
            const double box = small.metrics.height() * 0.7;
            p.fillRect(QRectF(lx, ly + small.metrics.height() * 0.15, box, box), barColor(kinds[i]));
            QString text = chart.legend[i].main;
            if (!chart.legend[i].sub.isEmpty())
                text += QStringLiteral(" / ") + chart.legend[i].sub;
            const double w = small.metrics.horizontalAdvance(text) + pt(2);
            drawText(p, QRectF(lx + box + pt(3), ly, w, legendH), text, small, Qt::AlignLeft);
            lx += box + pt(3) + w + pt(12);
        }
        p.restore();
    }

    void paintSignature(QPainter &p, const Item &item, const SignatureBlock &s)
    {
        double yy = item.y;
        yy += drawLabel(p, QRectF(0, yy, pageWidth, item.height), s.title, h2, Qt::AlignLeft) + pt(6);
        const double roleW = pageWidth * 0.2;
        const double colW = (pageWidth - roleW) / 3;
        const Text *fields[] = {&s.name, &s.signature, &s.date};
        for (const Text &role : s.roles) {
            const double lineY = yy + mm(8);
            drawLabel(p, QRectF(0, lineY - small.metrics.height(), roleW - pad(), mm(13)), role,
                      smallBold, Qt::AlignLeft);
            for (int c = 0; c < 3; ++c) {
                const double x = roleW + colW * c;
                p.setPen(QPen(TextColor, pt(0.5)));
                p.drawLine(QPointF(x + pt(4), lineY), QPointF(x + colW - pt(8), lineY));
                drawLabel(p, QRectF(x + pt(4), lineY + pt(1.5), colW - pt(12), mm(5)), *fields[c], sub,
                          Qt::AlignLeft);
            }
            yy += mm(13);
        }
    }
};

ReportPainter::ReportPainter(const ReportDocument &document, const QStringList &families)
    : m_impl(std::make_unique<Impl>(document, families))
{
}

ReportPainter::~ReportPainter() = default;

void ReportPainter::setupDevice(QPagedPaintDevice *device, Paper paper)
{
    const QPageLayout layout(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
                             QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                             QPageLayout::Millimeter);
    device->setPageLayout(layout);
}

int ReportPainter::pageCount() const
{
    return static_cast<int>(m_impl->pages.size());
}

bool ReportPainter::paint(QPagedPaintDevice *device, const Progress &progress)
{
    Impl &d = *m_impl;
    m_error.clear();
    d.device = device;
    d.dpi = device->logicalDpiY();
    d.pageWidth = device->width();
    d.pageHeight = device->height();
    d.setupFonts();
    // running header: one or two lines of the footer font; footer the same
    const double headH = d.labelHeight(d.doc.runningHeader, d.footer, d.pageWidth) + d.pt(8);
    d.top = headH;
    d.bottom = d.pageHeight - d.footer.metrics.height() * 2 - d.pt(10);
    if (d.bottom - d.top < d.mm(50)) {
        m_error = QCoreApplication::translate("td::report", "The page is too small for the report.");
        return false;
    }
    d.layout();

    QPainter painter;
    if (!painter.begin(device)) {
        m_error = QCoreApplication::translate("td::report", "Cannot paint on the printer or file.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int total = static_cast<int>(d.pages.size());
    for (int page = 0; page < total; ++page) {
        if (page > 0 && !device->newPage()) {
            m_error = QCoreApplication::translate("td::report", "Cannot start page %1.").arg(page + 1);
            painter.end();
            return false;
        }
        d.paintFrame(painter, page + 1, total);
        for (const Item &item : d.pages[static_cast<size_t>(page)])
            d.paintItem(painter, item);
        if (progress && !progress(page + 1, total)) {
            m_error = QCoreApplication::translate("td::report", "Printing was cancelled.");
            painter.end();
            return false;
        }
    }
    if (!painter.end()) {
        m_error = QCoreApplication::translate("td::report", "Could not finish the pages.");
        return false;
    }
    return true;
}

} // namespace td::report
