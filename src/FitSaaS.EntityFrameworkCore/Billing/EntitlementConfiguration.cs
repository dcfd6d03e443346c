using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class EntitlementConfiguration : IEntityTypeConfiguration<Entitlement>
{
    public void Configure(EntityTypeBuilder<Entitlement> builder)
    {
        builder.ToTable("Entitlements");
        builder.Ignore(e => e.AwaitsFirstUse);
        builder.Property(e => e.SourceKey).HasMaxLength(InvoiceConsts.MaxSourceKeyLength).IsRequired();
        builder.HasOne<Membership>().WithMany().HasForeignKey(e => e.MembershipId).OnDelete(DeleteBehavior.Restrict);
        // One grant per source (a membership's period): a replayed payment or renewal grants nothing twice.
        builder.HasIndex(e => new { e.TenantId, e.SourceKey }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.MemberId, e.ValidUntil });
        builder.HasIndex(e => e.MembershipId);
    }
}
