using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="IssuedForm"/>: at most one pending issue per member and form (a filtered unique index).</summary>
internal sealed class IssuedFormConfiguration : IEntityTypeConfiguration<IssuedForm>
{
    public void Configure(EntityTypeBuilder<IssuedForm> builder)
    {
        builder.ToTable("IssuedForms");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Source).IsRequired().HasConversion<string>().HasMaxLength(FormConsts.MaxEnumLength);
        builder.Property(i => i.Status).IsRequired().HasConversion<string>().HasMaxLength(FormConsts.MaxEnumLength);
        builder.HasIndex(i => new { i.TenantId, i.MemberId, i.FormId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
        builder.HasIndex(i => new { i.TenantId, i.FormId, i.Status });
    }
}
