// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityGroup.h"

#include "dialogs/MessageBox.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgRenderer>

namespace pepin {

namespace {

constexpr qint64 maxLogoBytes = 2 * 1024 * 1024;
const QSize previewSize(180, 64);

// The logo drawn as it will print, fitted in the preview's room; null when the bytes are no
// picture.
QPixmap logoPixmap(const QByteArray &bytes, qreal ratio)
{
    QImage image;
    if (bytes.trimmed().startsWith('<')) {
        QSvgRenderer svg(bytes);
        if (!svg.isValid())
            return {};
        QSize size = svg.defaultSize();
        size.scale(previewSize, Qt::KeepAspectRatio);
        image = QImage(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
    } else {
        image = QImage::fromData(bytes);
        if (image.isNull())
            return {};
        image = image.scaled(previewSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

IdentityGroup::IdentityGroup(Store &store, QWidget *parent)
    : QGroupBox(parent)
    , m_store(store)
    , m_stored(store.identity())
    , m_logo(m_stored.logo)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_logoLabel(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_note(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("incubatorName"));
    m_name->setText(m_stored.name);
    m_name->setMaxLength(120);
    m_nameLabel->setBuddy(m_name);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setMinimumSize(previewSize);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_choose->setObjectName(QStringLiteral("chooseLogo"));
    m_remove->setObjectName(QStringLiteral("removeLogo"));
    m_note->setWordWrap(true);
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_note->setPalette(muted);
    for (QLabel *label : labels())
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_preview, 1);
    logoRow->addWidget(m_choose);
    logoRow->addWidget(m_remove);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_logoLabel, logoRow);
    form->addRow(QString(), m_note);

    connect(m_choose, &QPushButton::clicked, this, &IdentityGroup::chooseLogo);
    connect(m_remove, &QPushButton::clicked, this, &IdentityGroup::removeLogo);
    retranslate();
}

QList<QLabel *> IdentityGroup::labels() const
{
    return {m_nameLabel, m_logoLabel};
}

Store::Identity IdentityGroup::identity() const
{
    return {m_name->text().trimmed(), m_logo};
}

Status IdentityGroup::setLogoFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).size() > maxLogoBytes)
        return Error(Error::Kind::InvalidInput, tr("%1 is larger than 2 MB: choose a smaller picture of the logo.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::InvalidInput, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (logoPixmap(bytes, 1).isNull())
        return Error(Error::Kind::InvalidInput, tr("%1 is not a picture Pépin can read: choose a PNG, JPEG or SVG file.").arg(shown));
    m_logo = bytes;
    showLogo();
    return done();
}

void IdentityGroup::removeLogo()
{
    m_logo.clear();
    showLogo();
}

Status IdentityGroup::apply()
{
    const Store::Identity now = identity();
    if (now == m_stored)
        return done();
    if (Status written = m_store.setIdentity(now); !written)
        return written;
    m_stored = now;
    return done();
}

void IdentityGroup::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the incubator's logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    if (Status taken = setLogoFile(path); !taken)
        MessageBox::warning(this, tr("Logo"), taken.error().message());
}

void IdentityGroup::showLogo()
{
    const QPixmap picture = logoPixmap(m_logo, devicePixelRatioF());
    m_preview->setPixmap(picture);
    if (picture.isNull())
        m_preview->setText(tr("No logo"));
    m_remove->setEnabled(!m_logo.isEmpty());
}

void IdentityGroup::retranslate()
{
    setTitle(tr("The incubator"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Ateliers numériques de Valenciennes"));
    m_logoLabel->setText(tr("Logo:"));
    m_choose->setText(tr("C&hoose…"));
    m_remove->setText(tr("Remo&ve"));
    m_note->setText(tr("On the cover and at the top of every page of the occupancy report. Saved in the database, "
                       "for everyone who opens it. Without a name, the report takes the site's."));
    showLogo();
}

void IdentityGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace pepin
