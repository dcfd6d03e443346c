using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps the Forms module's entities.</summary>
public static class FormsModelBuilderExtensions
{
    /// <summary>Applies the Forms module's entity configurations.</summary>
    public static void ConfigureForms(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // The forms engine.

        // Legal documents, signatures, consents, guardians and gates.

        // Data subject requests, member import and export.
        modelBuilder.ApplyConfiguration(new DataSubjectRequestConfiguration());
        modelBuilder.ApplyConfiguration(new DataSubjectRequestArchiveConfiguration());
    }
}
