using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IMemberBookingSummaryRepository"/>
public sealed class EfCoreMemberBookingSummaryRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, MemberBookingSummary>(dbContextProvider), IMemberBookingSummaryRepository
{
    /// <inheritdoc/>
    public Task<MemberBookingSummary?> FindByMemberAsync(Guid memberUserId, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(s => s.MemberUserId == memberUserId, cancellationToken);
}

/// <summary>Maps <see cref="MemberBookingSummary"/>: one row per member and tenant.</summary>
public sealed class MemberBookingSummaryConfiguration : IEntityTypeConfiguration<MemberBookingSummary>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<MemberBookingSummary> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MemberBookingSummaries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.TenantId, e.MemberUserId }).IsUnique();
    }
}
