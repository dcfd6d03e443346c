using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class ClassSessionTests
{
    private static readonly DateTime s_start = new(2030, 1, 10, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Constructor_UnspecifiedKind_StoresTheSameInstantAsUtc()
    {
        var session = Create(capacity: 10, startsAt: new DateTime(2030, 1, 10, 18, 0, 0, DateTimeKind.Unspecified));

        session.StartsAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        session.StartsAtUtc.ShouldBe(s_start);
        session.EndsAtUtc.ShouldBe(s_start.AddMinutes(60));
        session.AvailableSeats.ShouldBe(10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(90)]
    public void EnsureNotStarted_AtOrAfterStart_ThrowsSessionStarted(int minutesAfterStart)
    {
        var session = Create(capacity: 10);

        var exception = Should.Throw<BusinessException>(() => session.EnsureNotStarted(s_start.AddMinutes(minutesAfterStart)));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionStarted);
        exception.Details["classSessionId"].ShouldBe(session.Id);
    }

    [Fact]
    public void EnsureNotStarted_OneSecondBeforeStart_DoesNotThrow()
    {
        var session = Create(capacity: 10);

        session.EnsureNotStarted(s_start.AddSeconds(-1));

        session.HasStarted(s_start.AddSeconds(-1)).ShouldBeFalse();
    }

    [Fact]
    public void TakeSeat_UpToCapacity_CountsSeatsAndThenRefuses()
    {
        var session = Create(capacity: 2);

        session.TakeSeat();
        session.TakeSeat();

        session.ConfirmedCount.ShouldBe(2);
        session.HasFreeSeat.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(session.TakeSeat);
        session.ConfirmedCount.ShouldBe(2);
    }

    [Fact]
    public void JoinWaitlist_ThreeTimes_ReturnsPositionsOneToThree()
    {
        var session = Create(capacity: 1);

        var positions = new[] { session.JoinWaitlist(), session.JoinWaitlist(), session.JoinWaitlist() };

        positions.ShouldBe([1, 2, 3]);
        session.WaitlistCount.ShouldBe(3);
    }

    [Fact]
    public void PromoteFromWaitlist_AfterReleasingASeat_MovesOneFromWaitlistToConfirmed()
    {
        var session = Create(capacity: 1);
        session.TakeSeat();
        session.JoinWaitlist();
        session.ReleaseSeat();

        session.PromoteFromWaitlist();

        session.ConfirmedCount.ShouldBe(1);
        session.WaitlistCount.ShouldBe(0);
    }

    [Fact]
    public void SetCapacity_BelowConfirmed_ThrowsCapacityBelowConfirmed()
    {
        var session = Create(capacity: 3);
        session.TakeSeat();
        session.TakeSeat();

        var exception = Should.Throw<BusinessException>(() => session.SetCapacity(1));

        exception.Code.ShouldBe(BookingsErrorCodes.CapacityBelowConfirmed);
        session.Capacity.ShouldBe(3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ClassSessionConsts.MaxCapacity + 1)]
    public void Constructor_CapacityOutOfRange_ThrowsArgumentOutOfRange(int capacity)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Create(capacity));
    }

    [Fact]
    public void AssignCoach_EmptyGuid_ClearsTheCoach()
    {
        var session = Create(capacity: 3);
        session.AssignCoach(Guid.NewGuid());

        session.AssignCoach(Guid.Empty);

        session.CoachId.ShouldBeNull();
    }

    private static ClassSession Create(int capacity, DateTime? startsAt = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), startsAt ?? s_start, 60, capacity, coachId: null);
}
