#include "workshop/presentationmode.h"

#include "charts/chartpalette.h"

#include <QApplication>
#include <QEvent>
#include <QVariant>
#include <QWidget>

namespace td::ui {

namespace {

bool s_enabled = false;
const char *const BaseSizeProperty = "td_presentationBaseSize";

double scaledSize(double size, bool on)
{
    return on ? size * PresentationMode::FontScale : size;
}

} // namespace

bool PresentationMode::isEnabled()
{
    return s_enabled;
}

QFont PresentationMode::scaled(const QFont &font)
{
    QFont out = font;
    if (s_enabled && font.pointSizeF() > 0)
        out.setPointSizeF(font.pointSizeF() * FontScale);
    return out;
}

void PresentationMode::setEnabled(bool on)
{
    if (s_enabled == on)
        return;
    s_enabled = on;
    // Widgets with a font of their own (bold section titles, chart labels) do not follow the
    // application font: scale them first, from the size they had before presentation mode.
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->testAttribute(Qt::WA_SetFont))
            continue;
        QFont f = w->font();
        if (on) {
            if (f.pointSizeF() <= 0)
                continue;
            w->setProperty(BaseSizeProperty, f.pointSizeF());
            f.setPointSizeF(scaledSize(f.pointSizeF(), true));
        } else {
            const QVariant base = w->property(BaseSizeProperty);
            if (!base.isValid())
                continue;
            f.setPointSizeF(base.toDouble());
            w->setProperty(BaseSizeProperty, QVariant());
        }
        w->setFont(f);
    }
    QFont app = QApplication::font();
    if (app.pointSizeF() > 0)
        app.setPointSizeF(on ? app.pointSizeF() * FontScale : app.pointSizeF() / FontScale);
    QApplication::setFont(app);
    // Widgets learn the new application font from posted events; tell every widget now, so the
    // window can size rows and columns for it straight away (the posted ones change nothing).
    for (QWidget *w : QApplication::allWidgets()) {
        QEvent event(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(w, &event);
    }
    // Some widgets keep the font they had (item-view headers and views in hidden tabs, seen
    // with Qt 6.4): make every widget without a font of its own resolve it again.
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->testAttribute(Qt::WA_SetFont))
            w->setFont(QFont());
    }
    ChartPalette::setHighContrast(on);
}

} // namespace td::ui
