#include "survey/answerapplier.h"

#include "common/valueparsing.h"
#include "fields/fieldcatalogue.h"
#include "reference/referencedata.h"
#include "repositories/organisationrepository.h"
#include "repositories/repositoryutil.h"

#include <QHash>

namespace kartoitus::survey {

namespace {

// The organisation field of `kind` that refers to `table` (any table when empty): where
// the answers' sectors and municipalities go.
QString fieldOfKind(fields::FieldKind kind, const QString &table = QString())
{
    for (const fields::Field &field :
         fields::FieldCatalogue::fields(fields::Entity::Organisations)) {
        if (field.kind == kind && (table.isEmpty() || field.referenceTable == table))
            return field.key;
    }
    return {};
}

const QString &sectorsTarget()
{
    static const QString key =
        fieldOfKind(fields::FieldKind::ReferenceList, QStringLiteral("sectors"));
    return key;
}

const QString &municipalitiesTarget()
{
    static const QString key = fieldOfKind(fields::FieldKind::MunicipalityList);
    return key;
}

// The organisation's count that `target` names, or null when it names no count.
std::optional<int> *countField(Organisation &o, const QString &target)
{
    const std::optional<fields::Field> field =
        fields::FieldCatalogue::find(fields::Entity::Organisations, target);
    return field && field->isWholeNumber() ? OrganisationRepository::numberMember(&o, target)
                                           : nullptr;
}

QString countText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList AnswerApplier::targets()
{
    QStringList keys;
    Organisation o;
    for (const QString &key : fields::FieldCatalogue::keys(fields::Entity::Organisations)) {
        if (countField(o, key))
            keys.append(key);
    }
    return keys << sectorsTarget() << municipalitiesTarget();
}

QString AnswerApplier::targetLabel(const QString &target)
{
    return fields::FieldCatalogue::label(fields::Entity::Organisations, target);
}

bool AnswerApplier::fits(const QString &type, const QString &target)
{
    Organisation o;
    if (countField(o, target))
        return type == QLatin1String("number");
    if (target != sectorsTarget() && target != municipalitiesTarget())
        return false;
    return type == QLatin1String("single_choice") || type == QLatin1String("multiple_choice") ||
           type == QLatin1String("text");
}

bool AnswerApplier::plan(const QSqlDatabase &db, const SurveyQuestion &question,
                         const QString &target, QList<AnswerChange> *changes,
                         QList<Organisation> *updated, QString *error)
{
    changes->clear();
    updated->clear();
    if (!fits(question.type, target)) {
        *error = tr("The answers to \"%1\" cannot fill %2.")
                     .arg(question.text, targetLabel(target).toLower());
        return false;
    }
    QString readError;
    const QList<AnswerRow> answers = SurveyRepository(db).answersTo(question.id, &readError);
    ReferenceList sectors;
    MunicipalityDirectory municipalities;
    if (!readError.isEmpty() || !sectors.load(db, QStringLiteral("sectors"), &readError) ||
        !municipalities.load(db, &readError)) {
        *error = readError;
        return false;
    }
    QHash<qint64, AnswerRow> latest; // answers come oldest first: the last one stays
    QList<qint64> order;
    for (const AnswerRow &answer : answers) {
        if (!answer.organisationId)
            continue;
        if (!latest.contains(*answer.organisationId))
            order.append(*answer.organisationId);
        latest.insert(*answer.organisationId, answer);
    }
    OrganisationRepository organisations(db);
    for (qint64 id : std::as_const(order)) {
        std::optional<Organisation> found = organisations.get(id, error);
        if (!found)
            return false;
        Organisation o = *found;
        const AnswerRow &answer = latest.value(id);
        AnswerChange change{id, o.name, answer.value.split(u'\n').join(QStringLiteral(", ")),
                            {}, {},     {}};
        if (std::optional<int> *field = countField(o, target)) {
            change.before = countText(*field);
            const Parsed<qint64> value = ValueParsing::parseInteger(answer.value);
            const bool people =
                fields::FieldCatalogue::find(fields::Entity::Organisations, target)->kind ==
                fields::FieldKind::Count;
            if (!value || value.value < 0 || value.value > std::numeric_limits<int>::max())
                change.problem =
                    people ? tr("\"%1\" is not a whole number of people.").arg(answer.value)
                           : tr("\"%1\" is not a whole number from 0.").arg(answer.value);
            else
                *field = int(value.value);
            change.after = change.problem.isEmpty() ? countText(*field) : change.before;
        } else if (target == sectorsTarget()) {
            QStringList before;
            for (int sector : std::as_const(o.sectorIds))
                before.append(sectors.name(sector));
            change.before = before.join(QStringLiteral(", "));
            for (const QString &value :
                 ValueParsing::splitMultiValue(QString(answer.value).replace(u'\n', u';'))) {
                const int sector = sectors.resolve(value);
                if (sector == 0)
                    change.problem = tr("The register has no sector \"%1\".").arg(value);
                else if (!o.sectorIds.contains(sector))
                    o.sectorIds.append(sector);
            }
            QStringList after;
            for (int sector : std::as_const(o.sectorIds))
                after.append(sectors.name(sector));
            change.after =
                change.problem.isEmpty() ? after.join(QStringLiteral(", ")) : change.before;
        } else {
            QStringList before;
            for (const QString &code : std::as_const(o.municipalitiesServed))
                before.append(municipalities.name(code));
            change.before = before.join(QStringLiteral(", "));
            for (const QString &value :
                 ValueParsing::splitMultiValue(QString(answer.value).replace(u'\n', u';'))) {
                const QString code = municipalities.resolve(value);
                if (code.isEmpty())
                    change.problem = tr("No municipality is called \"%1\".").arg(value);
                else if (!o.municipalitiesServed.contains(code))
                    o.municipalitiesServed.append(code);
            }
            QStringList after;
            for (const QString &code : std::as_const(o.municipalitiesServed))
                after.append(municipalities.name(code));
            change.after =
                change.problem.isEmpty() ? after.join(QStringLiteral(", ")) : change.before;
        }
        changes->append(change);
        updated->append(o);
    }
    return true;
}

bool AnswerApplier::preview(const QSqlDatabase &db, const SurveyQuestion &question,
                            const QString &target, QList<AnswerChange> *changes, QString *error)
{
    QList<Organisation> updated;
    return plan(db, question, target, changes, &updated, error);
}

bool AnswerApplier::apply(const QSqlDatabase &db, const SurveyQuestion &question,
                          const QString &target, const QList<qint64> &organisationIds, int *written,
                          QString *error)
{
    *written = 0;
    QList<AnswerChange> changes;
    QList<Organisation> updated;
    if (!plan(db, question, target, &changes, &updated, error))
        return false;
    repository::Savepoint savepoint(db);
    if (!savepoint.isActive()) {
        *error = tr("The register cannot be written.");
        return false;
    }
    OrganisationRepository organisations(db);
    for (int i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).changes() || !organisationIds.contains(changes.at(i).organisationId))
            continue;
        if (!organisations.update(&updated[i], error)) {
            *error = tr("%1: %2").arg(changes.at(i).organisation, *error);
            return false;
        }
        ++*written;
    }
    return savepoint.release(error);
}

} // namespace kartoitus::survey
