using FitSaaS.Bookings;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>A tenant with one location, one class type and one session.</summary>
public sealed record Gym(TestTenant Tenant, LocationDto Location, ClassTypeDto ClassType, ClassSessionDto Session);
