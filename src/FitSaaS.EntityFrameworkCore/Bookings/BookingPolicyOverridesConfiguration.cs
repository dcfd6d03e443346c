using System.Linq.Expressions;
using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>Maps <see cref="BookingPolicyOverrides"/> as an EF Core complex type: nullable columns <c>Policy_*</c> on the owner's table.</summary>
internal static class BookingPolicyOverridesConfiguration
{
    public static void ConfigureBookingPolicy<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, BookingPolicyOverrides?>> policy)
        where TEntity : class =>
        builder.ComplexProperty(policy).IsRequired();
}
