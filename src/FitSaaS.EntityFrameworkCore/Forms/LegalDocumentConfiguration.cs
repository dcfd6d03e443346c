using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="LegalDocument"/>: enums as strings, scopes as id lists in text.</summary>
internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        builder.ToTable("LegalDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).IsRequired().HasConversion<string>().HasMaxLength(LegalDocumentConsts.MaxEnumLength);
        builder.Property(d => d.Title).IsRequired().HasMaxLength(LegalDocumentConsts.MaxTitleLength);
        builder.Property(d => d.ClassTypeIds).IsRequired().HasConversion(new GuidListConverter(), GuidListConverter.Comparer);
        builder.Property(d => d.PlanIds).IsRequired().HasConversion(new GuidListConverter(), GuidListConverter.Comparer);
        builder.Property(d => d.LocationIds).IsRequired().HasConversion(new GuidListConverter(), GuidListConverter.Comparer);
        builder.Property(d => d.Gates).IsRequired();
        builder.Ignore(d => d.Scope);
        builder.HasIndex(d => d.TenantId);
    }
}
