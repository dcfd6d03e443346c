using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="Consent"/> (append-only history).</summary>
internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("Consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).IsRequired().HasConversion<string>().HasMaxLength(LegalDocumentConsts.MaxEnumLength);
        builder.Property(c => c.Note).HasMaxLength(LegalDocumentConsts.MaxNoteLength);
        builder.Property(c => c.IpAddress).HasMaxLength(LegalDocumentConsts.MaxIpAddressLength);
        builder.Property(c => c.UserAgent).HasMaxLength(LegalDocumentConsts.MaxUserAgentLength);
        builder.HasIndex(c => new { c.TenantId, c.MemberId, c.Purpose, c.RecordedAt });
    }
}
