using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Bookings;

/// <summary>The Bookings module's constants, enums, error codes and setting definitions.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class BookingsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(BookingsErrorCodes.AlreadyBooked, 409)
            .Map(BookingsErrorCodes.SessionFull, 409)
            .Map(BookingsErrorCodes.ScheduleCapacityBelowConfirmed, 409)
            .Map(BookingsErrorCodes.WaitlistFull, 409)
            .Map(BookingsErrorCodes.HoldExpired, 409)
            .Map(BookingsErrorCodes.BookingLimitReached, 409)
            .Map(BookingsErrorCodes.InvalidCheckInToken, 400)
            .Map(BookingsErrorCodes.InvalidBookingPolicy, 400)
            .Map(BookingsErrorCodes.CalendarFeedNotFound, 404));
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(BookingsFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, BookingsFeatures.Waitlist, "false").Set(EditionNames.Free, BookingsFeatures.MaxLocations, "1")
            .Set(EditionNames.Studio, BookingsFeatures.Waitlist, "true").Set(EditionNames.Studio, BookingsFeatures.MaxLocations, "3")
            .Set(EditionNames.Pro, BookingsFeatures.Waitlist, "true").Set(EditionNames.Pro, BookingsFeatures.MaxLocations, "-1"));
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(BookingsSettingDefinitionProvider)));
        context.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<BookingConfirmedEto>().Add<ClassSessionRescheduledEto>().Add<ClassSessionCancelledEto>().Add<BookingStatusChangedEto>()
            .Add<BookingReminderDueEto>());
    }
}
