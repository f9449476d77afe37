#include "persons/personactions.h"

#include "common/openregister.h"
#include "persons/personeditor.h"
#include "persons/personlistwidget.h"
#include "persons/personrecord.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace kartoitus {

PersonActions::PersonActions(PersonListWidget *list, QWidget *window)
    : PersonActionsBase(
          list, window,
          {QStringLiteral("Person"), tr("&Person"), tr("&New Person…"), tr("Delete Persons")})
    , m_forget(new QAction(tr("&Forget This Person…"), this))
{
    m_forget->setObjectName(QStringLiteral("forgetPersonAction"));
    m_forget->setStatusTip(tr("Erase the person everywhere, survey answers included"));
    view()->addAction(m_forget);
    connect(m_forget, &QAction::triggered, this, &PersonActions::askToForget);
    updateEnabled();
}

QMenu *PersonActions::createMenu(QWidget *parent)
{
    QMenu *menu = PersonActionsBase::createMenu(parent);
    menu->addAction(m_forget);
    return menu;
}

void PersonActions::updateEnabled()
{
    PersonActionsBase::updateEnabled();
    m_forget->setEnabled(isWritable() && currentId() > 0);
}

QString PersonActions::deleteHeadline(int count, const QString &name) const
{
    return count == 1 ? tr("Delete %1?").arg(name) : tr("Delete %n persons?", nullptr, count);
}

QString PersonActions::deleteConsequences(const QList<qint64> &) const
{
    return tr("Activities and organisations that name them as contact are left "
              "without one. Their words in survey answers stay: use Forget This "
              "Person to erase those too. Edit › Undo brings everything back.");
}

QString PersonActions::forgetConsequences(qint64 id) const
{
    PersonRepository::ForgetScope scope;
    QString error;
    const PersonRepository repository(openRegister()->database());
    const std::optional<Person> person = repository.get(id, &error);
    if (!person || !repository.forgetScope(id, &scope, &error))
        return error;
    QStringList details = {tr("name")};
    if (!person->email.isEmpty())
        details.append(tr("email %1").arg(person->email));
    if (!person->phone.isEmpty())
        details.append(tr("phone %1").arg(person->phone));
    QStringList lines;
    lines.append(tr("Erased: the person (%1).").arg(details.join(QStringLiteral(", "))));
    if (scope.surveyResponses > 0)
        lines.append(tr("Erased: their name, email and phone in %n survey responses, raw rows "
                        "included.",
                        nullptr, scope.surveyResponses));
    if (scope.surveyAnswers > 0)
        lines.append(tr("Erased or shortened: %n free-text survey answers that name them.", nullptr,
                        scope.surveyAnswers));
    if (scope.representativeTerms > 0)
        lines.append(tr("Erased: %n terms as a network representative.", nullptr,
                        scope.representativeTerms));
    if (scope.activities + scope.organisations > 0)
        lines.append(tr("Left without a contact person: %n activities and organisations.", nullptr,
                        scope.activities + scope.organisations));
    lines.append(tr("Edit › Undo brings the person back while the register is open. When the "
                    "register is closed, the forgetting is final: nothing of it is kept."));
    return lines.join(QLatin1Char('\n'));
}

void PersonActions::askToForget()
{
    const qint64 id = currentId();
    if (!isWritable() || id <= 0)
        return;
    const QStringList found = names({id});
    if (found.isEmpty())
        return;
    ask(tr("Forget This Person"), tr("Forget %1 everywhere in the register?").arg(found.first()),
        forgetConsequences(id), QStringLiteral("forgetQuestion"), tr("&Forget"),
        QStringLiteral("forgetButton"), [this, id] {
            QString error;
            if (!forgetPerson(id, &error))
                failed(tr("Forget This Person"), error);
        });
}

bool PersonActions::forgetPerson(qint64 id, QString *error)
{
    if (!isWritable())
        return false;
    const QStringList found = names({id});
    if (found.isEmpty())
        return false;
    return writeStep(
        PersonRecord::forgetText(found.first()), {id},
        [](const QSqlDatabase &db, qint64 each, QString *eachError) {
            return PersonRepository(db).forget(each, eachError);
        },
        tr("Forget This Person"), error);
}

} // namespace kartoitus
