// The translation files are complete and agree with the code:
// - committed zh_CN, lo and th files have no unfinished, empty or obsolete entry;
// - tenderdesk_en.ts gives both English plural forms of every %n text;
// - a fresh lupdate over the same source list (translations/CMakeLists.txt) finds no text that
//   lacks a translation, and no tr() whose context lupdate cannot tell (a class without
//   Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, where lupdate's context and the run-time one differ);
// - placeholders (%1…, %n), accelerators (&F) and rich-text tags survive translation.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

QString sourceDir()
{
    return qEnvironmentVariable("TD_SOURCE_DIR", QStringLiteral(TD_SOURCE_DIR_DEFAULT));
}

QString tsPath(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/tenderdesk_") + language + QStringLiteral(".ts");
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// %1…%99 and %n, each as often as it occurs; %L1 counts as %1.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// A keyboard accelerator: "&X", not "&&" and not an entity such as "&amp;".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&|[a-z]+;|#\\d+;)[^\\s]"));
    return re.match(text).hasMatch();
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>'));
    found.sort();
    return found;
}

const QStringList kLanguages = {QStringLiteral("zh_CN"), QStringLiteral("lo"), QStringLiteral("th")};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TsFile m_fresh;
    QString m_lupdateOutput;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A fresh lupdate over the same explicit source list as update_translations.
        QFile list(QStringLiteral(TD_LUPDATE_SOURCES));
        QVERIFY2(list.exists(), qPrintable(list.fileName() + QStringLiteral(" is missing: configure again")));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TD_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), sourceDir() + QStringLiteral("/core"), QStringLiteral("-I"),
                       sourceDir() + QStringLiteral("/ui"), QLatin1Char('@') + list.fileName(),
                       QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(50000), "lupdate did not finish within 50 s");
        m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(m_lupdateOutput));
        m_fresh = readTs(fresh);
        QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
        QVERIFY2(m_fresh.messages.size() > 100, qPrintable(m_lupdateOutput));
    }

    // tr() in a class lupdate cannot place gets another context than the one used at run time.
    void lupdateWarnings()
    {
        QStringList problems;
        for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
            if (line.contains(u"lacks Q_OBJECT") || line.contains(u"Cannot invoke tr()")
                || line.contains(u"Unbalanced") || line.contains(u"Excess") || line.contains(u"Discarding"))
                problems << line;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void committedFiles_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void committedFiles()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const Message &m : ts.messages) {
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(": ") + describe(m);
            else if (m.forms.isEmpty())
                problems << QStringLiteral("no translation: ") + describe(m);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + describe(m);
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPlurals()
    {
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        int plurals = 0;
        for (const Message &m : ts.messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (!m.type.isEmpty() || m.forms.size() != 2 || m.forms.contains(QString()))
                problems << QStringLiteral("English singular and plural missing: ") + describe(m);
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ in \"%1\": ").arg(form) + describe(m);
            }
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everySourceTextTranslated_data() { committedFiles_data(); }

    void everySourceTextTranslated()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QHash<QString, const Message *> committed;
        for (const Message &m : ts.messages)
            committed.insert(m.key(), &m);
        QStringList missing;
        for (const Message &m : m_fresh.messages) {
            const Message *t = committed.value(m.key());
            if (!t || !t->type.isEmpty() || t->forms.isEmpty() || t->forms.constFirst().trimmed().isEmpty())
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 source text(s) without a %2 translation (run update_translations, "
                                           "add them to translations/table/, run translations/apply-table.py):\n")
                                .arg(missing.size())
                                .arg(language)
                            + missing.join(QLatin1Char('\n'))));
    }

    void placeholdersKept_data() { committedFiles_data(); }

    void placeholdersKept()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const Message &m : ts.messages) {
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue;
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 vs %2 in \"%3\": ")
                                        .arg(placeholders(m.source).join(QLatin1Char(',')),
                                             placeholders(form).join(QLatin1Char(',')), form)
                                    + describe(m);
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << QStringLiteral("accelerator lost or added in \"%1\": ").arg(form) + describe(m);
                if (tags(m.source) != tags(form))
                    problems << QStringLiteral("rich-text tags differ in \"%1\": ").arg(form) + describe(m);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
