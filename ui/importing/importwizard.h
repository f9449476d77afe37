#pragma once

#include "common/openregister.h"
#include "importing/importsession.h"

#include <QPointer>
#include <QWizard>

namespace kartoitus {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportValuesPage;
class ImportWritePage;

// File › Import…: a CSV file of organisations, activities or contact persons into the
// open register, in five steps — the file and how it is read, which field each column
// fills, what the file's unknown sectors, themes, target groups and municipalities mean, the plan
// (what each row will do, and the rejects), and the write on a worker thread with progress and
// Cancel. The import becomes one step of the register's undo stack.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        ValuesPage,
        PreviewPage,
        WritePage
    };

    // Imports into `reg`; `filePath` is an optional file to start with (a dropped file).
    ImportWizard(OpenRegister *reg, const QString &filePath = QString(), QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return m_session; }
    // The register imported into (null once the window has closed it).
    OpenRegister *openRegister() const { return m_register; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValuesPage *valuesPage() const { return m_valuesPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportWritePage *writePage() const { return m_writePage; }

    // The text of the undo step an import of `filePath` becomes.
    static QString undoText(const QString &filePath);

signals:
    // The import wrote to the register (and its undo step is on the stack).
    void imported(const kartoitus::importing::ImportResult &result);

public slots:
    void reject() override;

private:
    ImportSession m_session;
    QPointer<OpenRegister> m_register;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportValuesPage *m_valuesPage;
    ImportPreviewPage *m_previewPage;
    ImportWritePage *m_writePage;
};

} // namespace kartoitus
