using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="Form"/>: the draft's fields as one JSON text column.</summary>
internal sealed class FormConfiguration : IEntityTypeConfiguration<Form>
{
    public void Configure(EntityTypeBuilder<Form> builder)
    {
        builder.ToTable("Forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).IsRequired().HasMaxLength(FormConsts.MaxNameLength);
        builder.Property(f => f.Description).HasMaxLength(FormConsts.MaxDescriptionLength);
        builder.Property(f => f.Purpose).IsRequired().HasConversion<string>().HasMaxLength(FormConsts.MaxEnumLength);
        builder.Property(f => f.Fields).IsRequired()
            .HasConversion(JsonValueConversion.Converter<IReadOnlyList<FormField>>(), JsonValueConversion.Comparer<IReadOnlyList<FormField>>());
        builder.HasIndex(f => new { f.TenantId, f.Name });
    }
}
