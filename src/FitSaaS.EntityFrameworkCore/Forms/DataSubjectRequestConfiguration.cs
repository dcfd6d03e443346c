using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="DataSubjectRequest"/>: enums as strings, the per-area results as a JSON text column.</summary>
internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("DataSubjectRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).IsRequired().HasConversion<string>().HasMaxLength(DataSubjectRequestConsts.MaxEnumLength);
        builder.Property(r => r.Status).IsRequired().HasConversion<string>().HasMaxLength(DataSubjectRequestConsts.MaxEnumLength);
        builder.Property(r => r.Note).HasMaxLength(DataSubjectRequestConsts.MaxNoteLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(DataSubjectRequestConsts.MaxNoteLength);
        builder.Property(r => r.ResultsJson);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.TenantId, r.MemberId, r.Kind });
        builder.HasIndex(r => new { r.TenantId, r.Status, r.RequestedAtUtc });
    }
}
