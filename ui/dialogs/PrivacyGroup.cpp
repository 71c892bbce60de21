// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyGroup.h"

#include "service/Store.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pepin {

namespace {

constexpr int maxKeepYears = 100; // as Store::setPersonalDataKeepYears accepts

} // namespace

PrivacyGroup::PrivacyGroup(Store &store, QWidget *parent)
    : QGroupBox(parent)
    , m_store(store)
    , m_stored(store.personalDataKeepYears())
    , m_keepYearsLabel(new QLabel(this))
    , m_keepYears(new QSpinBox(this))
    , m_note(new QLabel(this))
{
    m_keepYears->setObjectName(QStringLiteral("personalDataKeepYears"));
    m_keepYears->setRange(0, maxKeepYears);
    m_keepYears->setValue(m_stored);
    connect(m_keepYears, &QSpinBox::valueChanged, this, &PrivacyGroup::updateSuffix);
    m_keepYearsLabel->setBuddy(m_keepYears);
    m_keepYearsLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_note->setWordWrap(true);
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_keepYearsLabel, m_keepYears);
    form->addRow(QString(), m_note);
    retranslate();
}

QList<QLabel *> PrivacyGroup::labels() const
{
    return {m_keepYearsLabel};
}

Status PrivacyGroup::apply()
{
    const int years = m_keepYears->value();
    if (years == m_stored)
        return done();
    if (Status written = m_store.setPersonalDataKeepYears(years); !written)
        return written;
    m_stored = years;
    return done();
}

void PrivacyGroup::retranslate()
{
    setTitle(tr("Personal data"));
    m_keepYearsLabel->setText(tr("&Kept after leaving:"));
    updateSuffix();
    m_keepYears->setSpecialValueText(tr("Not kept"));
    m_keepYears->setToolTip(tr("How many years after a company left its contact, email, phone and notes are kept"));
    m_note->setText(tr("Then File ▸ Personal data of former tenants lists the company for erasure. Saved in the database."));
}

void PrivacyGroup::updateSuffix()
{
    // Personal data kept this many years after a company left: "1 year", "5 years".
    m_keepYears->setSuffix(m_keepYears->value() == 1 ? tr(" year") : tr(" years"));
}

void PrivacyGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace pepin
