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
        modelBuilder.Ignore<FitSaaS.Forms.FormField>();
        modelBuilder.Ignore<FitSaaS.Forms.FormAnswer>();
        modelBuilder.ApplyConfiguration(new FormConfiguration());
        modelBuilder.ApplyConfiguration(new FormVersionConfiguration());
        modelBuilder.ApplyConfiguration(new FormSubmissionConfiguration());
        modelBuilder.ApplyConfiguration(new IssuedFormConfiguration());

        // Legal documents, signatures, consents, guardians and gates.
        modelBuilder.ApplyConfiguration(new LegalDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new LegalDocumentVersionConfiguration());
        modelBuilder.ApplyConfiguration(new LegalSignatureConfiguration());
        modelBuilder.ApplyConfiguration(new ConsentConfiguration());
        modelBuilder.ApplyConfiguration(new MemberProfileConfiguration());
        modelBuilder.ApplyConfiguration(new GuardianLinkConfiguration());

        // Data subject requests, member import and export.
        modelBuilder.ApplyConfiguration(new DataSubjectRequestConfiguration());
        modelBuilder.ApplyConfiguration(new DataSubjectRequestArchiveConfiguration());
    }
}
