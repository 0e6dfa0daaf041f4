#pragma once

#include <QList>
#include <QTextEdit>

namespace caselens::ui {

// A read-only text view that also draws small ↑/↓ badges after abnormal values. The badges are
// painted, not inserted: the text and its offsets stay exactly as stored.
class DocumentTextView final : public QTextEdit {
    Q_OBJECT
public:
    struct Badge {
        int position = 0; // UTF-16 position the badge follows
        QString glyph;    // "↑" or "↓"
    };

    explicit DocumentTextView(QWidget* parent = nullptr);
    void setBadges(const QList<Badge>& badges, const QColor& colour);
    // The text position (UTF-16) under a viewport point, or -1. The layout's own hit test, not
    // cursorForPosition: a cursor asks where it stands, which lays out the text up to it, and a
    // long text just opened is laid out only from the top, a slice at a time.
    int positionAt(const QPoint& viewportPoint) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Badge> m_badges;
    QColor m_badgeColour;
};

} // namespace caselens::ui
