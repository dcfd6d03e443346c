using FitSaaS.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Maps <see cref="LegalSignature"/>: read by member and document (the gates) and by signer (exports).</summary>
internal sealed class LegalSignatureConfiguration : IEntityTypeConfiguration<LegalSignature>
{
    public void Configure(EntityTypeBuilder<LegalSignature> builder)
    {
        builder.ToTable("LegalSignatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TextHash).IsRequired().HasMaxLength(LegalDocumentConsts.HashLength);
        builder.Property(s => s.SignerRole).IsRequired().HasConversion<string>().HasMaxLength(LegalDocumentConsts.MaxEnumLength);
        builder.Property(s => s.TypedName).HasMaxLength(LegalDocumentConsts.MaxTypedNameLength);
        builder.Property(s => s.DrawnSignature).HasMaxLength(LegalDocumentConsts.MaxDrawnSignatureLength);
        builder.Property(s => s.IpAddress).HasMaxLength(LegalDocumentConsts.MaxIpAddressLength);
        builder.Property(s => s.UserAgent).HasMaxLength(LegalDocumentConsts.MaxUserAgentLength);
        builder.HasOne<LegalDocumentVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.MemberId, s.LegalDocumentId });
        builder.HasIndex(s => new { s.TenantId, s.SignerId });
        builder.HasIndex(s => s.LegalDocumentId);
    }
}
