using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="LegalDocumentVersion"/>: one number per document.</summary>
internal sealed class LegalDocumentVersionConfiguration : IEntityTypeConfiguration<LegalDocumentVersion>
{
    public void Configure(EntityTypeBuilder<LegalDocumentVersion> builder)
    {
        builder.ToTable("LegalDocumentVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Text).IsRequired().HasMaxLength(LegalDocumentConsts.MaxTextLength);
        builder.Property(v => v.TextHash).IsRequired().HasMaxLength(LegalDocumentConsts.HashLength);
        builder.Property(v => v.Policy).IsRequired().HasConversion<string>().HasMaxLength(LegalDocumentConsts.MaxEnumLength);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(v => v.LegalDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.LegalDocumentId, v.Number }).IsUnique();
        builder.HasIndex(v => v.TenantId);
    }
}
