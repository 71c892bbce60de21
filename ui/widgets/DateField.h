// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace pepin {

// A date picked from a calendar or typed, written with a four-digit year. An optional date
// may be left empty: the field then says what no date means ("open-ended"), a click or a key
// in it starts from a suggested date, and a button beside it empties it again.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // `noneText` is what the field shows without a date ("open-ended", "not known").
    void setOptional(const QString &noneText);
    bool isOptional() const { return m_optional; }

    // Null when an optional date is empty.
    QDate date() const;
    void setDate(QDate date);
    // The date the field starts from when an empty one is given a date.
    void setSuggestedDate(QDate date) { m_suggested = date; }

    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isEmpty() const;
    void fillSuggested();
    void showState();

    QDateEdit *m_edit;
    QToolButton *m_clear;
    bool m_optional = false;
    QDate m_suggested;
};

} // namespace pepin
