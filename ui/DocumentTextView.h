#pragma once

#include <QList>
#include <QTextBlock>
#include <QTextEdit>

#include <utility>

namespace caselens::ui {

class LayoutAhead;

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
    // After a new text or font: a long text is laid out again from the top, in short steps
    // ahead of the reader (LayoutAhead).
    void restartLayout();
    void setBadges(const QList<Badge>& badges, const QColor& colour);
    // The text position (UTF-16) under a viewport point, or -1. The layout's own hit test, not
    // cursorForPosition: a cursor asks where it stands, which lays out the text up to it, and a
    // long text just opened is laid out only from the top, a slice at a time.
    int positionAt(const QPoint& viewportPoint) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // The blocks in view, found among those laid out: asking a block further down where it is
    // would lay the text out down to it (the whole of a 1 MB report on the first paint).
    std::pair<QTextBlock, int> blocksInView() const;

    LayoutAhead* m_layoutAhead = nullptr;
    QList<Badge> m_badges;
    QColor m_badgeColour;
};

} // namespace caselens::ui
