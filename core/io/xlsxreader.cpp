#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QXmlStreamReader>
#include <optional>

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::XlsxWorkbook)
};

namespace {

constexpr qsizetype MaxColumns = 16384; // XFD, the last spreadsheet column
constexpr size_t MaxCells = 100'000'000;

// OOXML escapes characters XML cannot carry as _xHHHH_ ("_x000D_" for a carriage return).
QString unescapeOoxml(QString text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

// The text of <si> or <is>: every <t>, including those of rich-text runs, but no phonetic runs.
QString readRichText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    while (xml.readNextStartElement() || (xml.isEndElement() && xml.name() != element)) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"rPh") {
            xml.skipCurrentElement();
        } else if (xml.name() == u"t") {
            text += xml.readElementText();
        }
    }
    return unescapeOoxml(text);
}

QString dirOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString relsOf(const QString &part)
{
    const QString dir = dirOf(part);
    const QString name = part.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    return (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/") + name +
           QStringLiteral(".rels");
}

QString resolve(const QString &basePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const QString dir = dirOf(basePart);
    return QDir::cleanPath(dir.isEmpty() ? target : dir + u'/' + target);
}

struct Relationship
{
    QString target;
    QString type;
};

std::map<QString, Relationship> readRelationships(ZipReader &zip, const QString &part,
                                                  const QString &basePart)
{
    std::map<QString, Relationship> rels;
    QString error;
    const auto bytes = zip.read(part, &error);
    if (!bytes)
        return rels;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            rels[a.value(QLatin1String("Id")).toString()] = {
                resolve(basePart, a.value(QLatin1String("Target")).toString()),
                a.value(QLatin1String("Type")).toString()};
        }
    }
    return rels;
}

// Column index from a cell reference: "C5" → 2; -1 when it has no letters.
qsizetype columnOf(QStringView ref)
{
    qsizetype column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].unicode() >= u'A' && ref[i].unicode() <= u'Z'; ++i) {
        column = column * 26 + (ref[i].unicode() - u'A' + 1);
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

// One sheet, parsed whole into one text buffer and cell spans (no QString per cell).
class XlsxSheetSource final : public RowSource
{
public:
    XlsxSheetSource(qint64 size) : m_size(size) {}

    bool next(RawRow &row) override
    {
        while (m_next < m_rows.size()) {
            const Row &r = m_rows[m_next++];
            bool blank = true;
            for (size_t i = r.first; i < r.first + r.count && blank; ++i)
                blank = m_spans[i].second == 0;
            if (blank)
                continue;
            row.number = r.number;
            row.cells.clear();
            for (size_t i = r.first; i < r.first + r.count; ++i)
                row.cells.emplace_back(m_text.constData() + m_spans[i].first, m_spans[i].second);
            return true;
        }
        return false;
    }
    const SourceError *error() const override
    {
        return m_next >= m_rows.size() && m_error ? &*m_error : nullptr;
    }
    qint64 position() const override
    {
        return m_rows.empty() ? m_size
                              : qint64(double(m_size) * double(m_next) / double(m_rows.size()));
    }
    qint64 size() const override { return m_size; }

    void fail(int row, QString message)
    {
        if (!m_error)
            m_error = SourceError{row, std::move(message)};
    }
    bool parse(const QByteArray &bytes, const std::vector<QString> &shared,
               const std::vector<spreadsheet::DateStyle> &styles, bool date1904);

private:
    struct Row
    {
        int number;
        size_t first;
        size_t count;
    };
    QString cellText(QXmlStreamReader &xml, const std::vector<QString> &shared,
                     const std::vector<spreadsheet::DateStyle> &styles, bool date1904, int row);

    qint64 m_size;
    QString m_text;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    std::vector<Row> m_rows;
    size_t m_next = 0;
    std::optional<SourceError> m_error;
};

QString XlsxSheetSource::cellText(QXmlStreamReader &xml, const std::vector<QString> &shared,
                                  const std::vector<spreadsheet::DateStyle> &styles, bool date1904,
                                  int row)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            inlineText = readRichText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (type == u"inlineStr")
        return inlineText;
    if (!hasValue)
        return {};
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= qsizetype(shared.size())) {
            fail(row, XlsxText::tr(
                          "the sheet is damaged: a cell refers to shared string %1, which does not "
                          "exist")
                          .arg(value));
            return {};
        }
        return shared[size_t(index)];
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e")
        return unescapeOoxml(value);
    if (type == u"d") // ISO 8601 text; a date at midnight is the date a person typed
        return value.endsWith(QStringLiteral("T00:00:00")) ||
                       value.endsWith(QStringLiteral("T00:00:00Z"))
                   ? value.left(10)
                   : value;
    if (style > 0 && style < int(styles.size())) {
        const spreadsheet::DateStyle &format = styles[size_t(style)];
        if (format.boolean)
            return value == u"0" ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
        if (format.date)
            return spreadsheet::serialDateText(value, format, date1904);
    }
    return spreadsheet::numberText(value);
}

bool XlsxSheetSource::parse(const QByteArray &bytes, const std::vector<QString> &shared,
                            const std::vector<spreadsheet::DateStyle> &styles, bool date1904)
{
    QXmlStreamReader xml(bytes);
    int rowNumber = 0;
    bool inRow = false;
    Row current{0, 0, 0};
    qsizetype nextColumn = 0;
    while (!xml.atEnd() && !m_error) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > rowNumber ? r : rowNumber + 1;
                current = Row{rowNumber, m_spans.size(), 0};
                nextColumn = 0;
                inRow = true;
            } else if (xml.name() == u"c" && inRow) {
                qsizetype column = columnOf(xml.attributes().value(QLatin1String("r")));
                if (column < 0)
                    column = nextColumn;
                if (column >= MaxColumns || m_spans.size() + size_t(column) > MaxCells) {
                    fail(rowNumber, XlsxText::tr("the sheet is too large"));
                    break;
                }
                const QString text = cellText(xml, shared, styles, date1904, rowNumber);
                while (qsizetype(current.count) <= column) {
                    m_spans.emplace_back(m_text.size(), 0);
                    ++current.count;
                }
                m_spans[current.first + size_t(column)] = {m_text.size(), text.size()};
                m_text += text;
                nextColumn = column + 1;
            }
        } else if (xml.isEndElement() && xml.name() == u"row" && inRow) {
            m_rows.push_back(current);
            inRow = false;
        }
    }
    if (xml.hasError())
        fail(std::max(rowNumber, 1),
             XlsxText::tr("the sheet is damaged (%1)").arg(xml.errorString()));
    return !m_error;
}

// Reports one error: a sheet that could not even be inflated.
class FailedSheet final : public RowSource
{
public:
    explicit FailedSheet(QString message) : m_error{0, std::move(message)} {}
    bool next(RawRow &) override { return false; }
    const SourceError *error() const override { return &m_error; }
    qint64 position() const override { return 0; }
    qint64 size() const override { return 0; }

private:
    SourceError m_error;
};

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path, const QStringList &tables) : m_zip(path)
{
    if (!m_zip.isOpen()) {
        m_error = XlsxText::tr("the .xlsx file is damaged or not a zip archive");
        return;
    }
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto &[id, rel] : readRelationships(m_zip, QStringLiteral("_rels/.rels"), QString()))
        if (rel.type.endsWith(QStringLiteral("/officeDocument")))
            workbookPart = rel.target;
    if (!m_zip.contains(workbookPart)) {
        m_error = XlsxText::tr("the file is a zip archive but not an .xlsx workbook (it has no %1)")
                      .arg(workbookPart);
        return;
    }
    if (!readWorkbook(workbookPart))
        return;
    // Only the sheets of known tables are kept.
    for (auto it = m_sheets.begin(); it != m_sheets.end();) {
        if (tables.contains(it->first)) {
            m_total += m_zip.entrySize(it->second.part);
            ++it;
        } else {
            it = m_sheets.erase(it);
        }
    }
}

bool XlsxWorkbook::readWorkbook(const QString &workbookPart)
{
    QString error;
    const auto bytes = m_zip.read(workbookPart, &error);
    if (!bytes) {
        m_error = error;
        return false;
    }
    std::vector<std::pair<QString, QString>> sheets; // name, relationship id
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto v = a.value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : a)
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            sheets.emplace_back(a.value(QLatin1String("name")).toString(), id);
        }
    }
    if (xml.hasError()) {
        m_error =
            XlsxText::tr("the workbook is damaged (%1 in %2)").arg(xml.errorString(), workbookPart);
        return false;
    }
    const auto rels = readRelationships(m_zip, relsOf(workbookPart), workbookPart);
    for (const auto &[id, rel] : rels) {
        if (rel.type.endsWith(QStringLiteral("/sharedStrings")) && !readSharedStrings(rel.target))
            return false;
        if (rel.type.endsWith(QStringLiteral("/styles")) && !readStyles(rel.target))
            return false;
    }
    for (const auto &[name, id] : sheets) {
        const auto rel = rels.find(id);
        if (rel == rels.end())
            continue;
        const QString table = name.toLower();
        if (!m_sheets.count(table))
            m_sheets[table] = Sheet{name, rel->second.target};
    }
    return true;
}

bool XlsxWorkbook::readSharedStrings(const QString &part)
{
    QString error;
    const auto bytes = m_zip.read(part, &error);
    if (!bytes) {
        m_error = error;
        return false;
    }
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            m_sharedStrings.push_back(readRichText(xml));
    }
    if (xml.hasError()) {
        m_error = XlsxText::tr("the workbook is damaged (%1 in %2)").arg(xml.errorString(), part);
        return false;
    }
    return true;
}

bool XlsxWorkbook::readStyles(const QString &part)
{
    QString error;
    const auto bytes = m_zip.read(part, &error);
    if (!bytes) {
        m_error = error;
        return false;
    }
    std::map<int, spreadsheet::DateStyle> custom;
    bool inCellXfs = false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom[a.value(QLatin1String("numFmtId")).toInt()] =
                spreadsheet::formatCodeDateStyle(a.value(QLatin1String("formatCode")));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            const auto it = custom.find(id);
            m_cellStyles.push_back(it != custom.end() ? it->second
                                                      : spreadsheet::builtinDateStyle(id));
        }
    }
    if (xml.hasError()) {
        m_error = XlsxText::tr("the workbook is damaged (%1 in %2)").arg(xml.errorString(), part);
        return false;
    }
    return true;
}

QString XlsxWorkbook::fileName(const QString &table) const
{
    const auto it = m_sheets.find(table);
    return it == m_sheets.end() ? table : it->second.name;
}

bool XlsxWorkbook::has(const QString &table) const
{
    return m_sheets.count(table) > 0;
}

std::unique_ptr<RowSource> XlsxWorkbook::open(const QString &table)
{
    const auto it = m_sheets.find(table);
    if (it == m_sheets.end())
        return nullptr;
    QString error;
    const auto bytes = m_zip.read(it->second.part, &error);
    if (!bytes)
        return std::make_unique<FailedSheet>(error);
    auto sheet = std::make_unique<XlsxSheetSource>(bytes->size());
    sheet->parse(*bytes, m_sharedStrings, m_cellStyles, m_date1904);
    return sheet;
}

} // namespace td::io
