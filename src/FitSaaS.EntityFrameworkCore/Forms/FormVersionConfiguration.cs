using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="FormVersion"/>: the snapshot's fields as one JSON text column; one number per form.</summary>
internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> builder)
    {
        builder.ToTable("FormVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).IsRequired().HasMaxLength(FormConsts.MaxNameLength);
        builder.Property(v => v.Description).HasMaxLength(FormConsts.MaxDescriptionLength);
        builder.Property(v => v.Purpose).IsRequired().HasConversion<string>().HasMaxLength(FormConsts.MaxEnumLength);
        builder.Property(v => v.Fields).IsRequired()
            .HasConversion(JsonValueConversion.Converter<IReadOnlyList<FormField>>(), JsonValueConversion.Comparer<IReadOnlyList<FormField>>());
        builder.HasIndex(v => new { v.FormId, v.Number }).IsUnique();
    }
}
