#include "cli/commands/Commands.h"

#include "cli/CliOutput.h"
#include "cli/CommandContext.h"
#include "keystores/StoreCatalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace certdesk::cli {

Result<void> storesCommand(CommandContext& context)
{
    QStringList notes;
    const QList<StoreLocation> locations = StoreCatalog::discover(QDir::homePath(), &notes);
    if (context.args.json) {
        QJsonArray array;
        for (const StoreLocation& location : locations) {
            array.append(QJsonObject{{QStringLiteral("id"), location.id},
                                     {QStringLiteral("kind"), StoreCatalog::kindId(location.kind)},
                                     {QStringLiteral("name"), location.displayName},
                                     {QStringLiteral("location"), location.path}});
        }
        printJson(array);
    } else {
        for (const StoreLocation& location : locations)
            say(QStringLiteral("%1  %2\n    %3").arg(location.id, -32).arg(location.displayName, location.path));
    }
    for (const QString& note : notes)
        tell(QObject::tr("Note: %1").arg(note));
    return {};
}

} // namespace certdesk::cli
