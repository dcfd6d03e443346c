using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="DataSubjectRequestArchive"/> (one row per completed export; the zip's bytes in a binary column).</summary>
internal sealed class DataSubjectRequestArchiveConfiguration : IEntityTypeConfiguration<DataSubjectRequestArchive>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequestArchive> builder)
    {
        builder.ToTable("DataSubjectRequestArchives");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).IsRequired().HasMaxLength(200);
        builder.Property(a => a.Content).IsRequired();
        builder.HasIndex(a => new { a.TenantId, a.MemberId });
    }
}
