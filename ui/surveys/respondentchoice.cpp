#include "surveys/respondentchoice.h"

#include "fields/fieldcatalogue.h"
#include "reference/referencedata.h"
#include "repositories/organisationrepository.h"

#include <QComboBox>
#include <QHeaderView>

namespace kartoitus {

using namespace survey;

// The matcher names the organisation field it matched by (the business ID, the email
// address, the name): its label says it.
QString RespondentChoice::matchedByText(const QString &by)
{
    return fields::FieldCatalogue::label(fields::Entity::Organisations, by);
}

void RespondentChoice::fill(QComboBox *box, const Respondent &who, const RespondentMatch &match,
                            const RespondentMatcher &matcher)
{
    box->clear();
    if (match.organisationId)
        box->addItem(tr("%1 (matched by %2)")
                         .arg(matcher.organisationName(*match.organisationId),
                              matchedByText(match.matchedBy)),
                     *match.organisationId);
    for (const MatchCandidate &c : match.candidates)
        box->addItem(
            tr("%1, %2 (%3 % alike)").arg(c.name, c.municipality).arg(qRound(c.similarity * 100)),
            c.organisationId);
    box->addItem(tr("Leave unmatched"), Unmatched);
    if (!who.organisationName.isEmpty())
        box->addItem(tr("Create organisation \"%1\"").arg(who.organisationName), Create);
    box->setCurrentIndex(match.organisationId ? 0 : box->findData(Unmatched));
}

void RespondentChoice::choose(QComboBox *box, qint64 organisationId, const QString &name)
{
    int index = box->findData(organisationId);
    if (index < 0) {
        box->insertItem(0, name, organisationId);
        index = 0;
    }
    box->setCurrentIndex(index);
}

QString RespondentChoice::writtenText(const Respondent &who)
{
    QStringList written;
    for (const QString &part :
         {who.organisationName, who.businessId, who.email, who.municipality}) {
        if (!part.isEmpty())
            written.append(part);
    }
    return written.join(QStringLiteral(" · "));
}

bool RespondentChoice::resolve(const QSqlDatabase &db, const QComboBox *box, const Respondent &who,
                               const RespondentMatch &match, RespondentMatch *result,
                               QString *error)
{
    const qint64 choice = box->currentData().toLongLong();
    if (choice == Create) {
        MunicipalityDirectory municipalities;
        municipalities.load(db);
        Organisation o;
        o.name = who.organisationName;
        o.businessId = who.businessId;
        o.email = who.email;
        o.homeMunicipality = municipalities.resolve(who.municipality);
        if (!OrganisationRepository(db).create(&o, error))
            return false;
        *result = {o.id, QStringLiteral("manual"), {}};
    } else if (choice > 0) {
        const bool kept = match.organisationId && *match.organisationId == choice;
        *result = {choice, kept ? match.matchedBy : QStringLiteral("manual"), {}};
    } else {
        *result = {};
    }
    return true;
}

RespondentTable::RespondentTable(const QString &whereHeader, QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(3);
    setHorizontalHeaderLabels({whereHeader, tr("Respondent as written"), tr("Organisation")});
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QComboBox *RespondentTable::setResponse(int row, const QString &where, const Respondent &who,
                                        const RespondentMatch &match,
                                        const RespondentMatcher &matcher)
{
    const QString written = RespondentChoice::writtenText(who);
    const QStringList texts = {where,
                               written.isEmpty() ? tr("(no name, business ID or email)") : written};
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, column, item);
    }
    auto *box = new QComboBox(this);
    RespondentChoice::fill(box, who, match, matcher);
    setCellWidget(row, 2, box);
    return box;
}

QComboBox *RespondentTable::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, 2));
}

} // namespace kartoitus
