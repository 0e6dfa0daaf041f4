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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Badge> m_badges;
    QColor m_badgeColour;
};

} // namespace caselens::ui
