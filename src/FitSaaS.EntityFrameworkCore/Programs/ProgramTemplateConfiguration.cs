using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="ProgramTemplate"/>: the days as JSON text.</summary>
internal sealed class ProgramTemplateConfiguration : IEntityTypeConfiguration<ProgramTemplate>
{
    public void Configure(EntityTypeBuilder<ProgramTemplate> builder)
    {
        builder.ToTable("ProgramTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).IsRequired().HasMaxLength(ProgrammingConsts.MaxTitleLength);
        builder.Property(t => t.Description).HasMaxLength(ProgrammingConsts.MaxDescriptionLength);
        builder.Property(t => t.Days).IsRequired()
            .HasConversion(JsonValueConversion.Converter<IReadOnlyList<ProgramTemplateDay>>(), JsonValueConversion.Comparer<IReadOnlyList<ProgramTemplateDay>>());
        builder.HasIndex(t => new { t.TenantId, t.Name });
    }
}
