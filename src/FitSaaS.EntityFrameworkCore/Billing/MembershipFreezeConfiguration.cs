using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class MembershipFreezeConfiguration : IEntityTypeConfiguration<MembershipFreeze>
{
    public void Configure(EntityTypeBuilder<MembershipFreeze> builder)
    {
        builder.ToTable("MembershipFreezes");
        builder.Ignore(f => f.Days);
        builder.Property(f => f.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength);
    }
}
