using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Programs;

/// <summary>
/// Seeds the global exercise library when the host is seeded (tenants see it without a copy of their own).
/// Idempotent: a repeated run adds nothing.
/// </summary>
public sealed partial class ExerciseLibrarySeedContributor(
    ExerciseLibraryImporter importer,
    ILogger<ExerciseLibrarySeedContributor> logger) : IDataSeedContributor, ITransientDependency
{
    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is not null)
        {
            return;
        }

        var added = await importer.ImportEmbeddedAsync(cancellationToken);
        if (added > 0)
        {
            LogImported(logger, added);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Imported {Count} exercises into the global exercise library.")]
    private static partial void LogImported(ILogger logger, int count);
}
