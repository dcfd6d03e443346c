using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Domain.Tests.Framework;

public sealed class DistributedEventEnvelopeTests
{
    private static readonly DateTime s_now = new(2026, 11, 22, 7, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Bookings.BookingConfirmed.v1", true)]
    [InlineData("Identity.User-Registered.v12", true)]
    [InlineData("Ping.v1", true)]
    [InlineData("Bookings.BookingConfirmed", false)]
    [InlineData("Bookings.BookingConfirmed.v0", false)]
    [InlineData("Bookings.BookingConfirmed.V1", false)]
    [InlineData("Bookings..BookingConfirmed.v1", false)]
    [InlineData("1Bookings.BookingConfirmed.v1", false)]
    [InlineData("Bookings.Booking Confirmed.v1", false)]
    [InlineData("v1", false)]
    [InlineData("", false)]
    public void EventName_Form(string name, bool valid) => EventNameAttribute.IsValid(name).ShouldBe(valid);

    [Fact]
    public void EventName_TooLong_IsInvalid() =>
        EventNameAttribute.IsValid(new string('a', EventNameAttribute.MaxLength) + ".v1").ShouldBeFalse();

    [Fact]
    public void EventName_Version_IsTheNumberAfterTheLastV()
    {
        EventNameAttribute.GetVersion("Bookings.BookingConfirmed.v1").ShouldBe(1);
        EventNameAttribute.GetVersion("Bookings.v2.BookingConfirmed.v37").ShouldBe(37);
        Should.Throw<ArgumentException>(() => EventNameAttribute.GetVersion("Bookings.BookingConfirmed"));
    }

    [Fact]
    public void Registry_MapsNamesAndTypesBothWays_AndKeepsVersionsApart()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>().Add<ThingHappenedV2Eto>().Add<ThingHappenedEto>();

        types.GetName(typeof(ThingHappenedEto)).ShouldBe("Tests.ThingHappened.v1");
        types.GetName(typeof(ThingHappenedV2Eto)).ShouldBe("Tests.ThingHappened.v2");
        types.TryGetType("Tests.ThingHappened.v2", out var v2).ShouldBeTrue();
        v2.ShouldBe(typeof(ThingHappenedV2Eto));
        types.TryGetType("Tests.ThingHappened.v3", out _).ShouldBeFalse();
        types.ByName.Count.ShouldBe(2);
    }

    [Fact]
    public void Registry_RefusesUnnamedInvalidAndClashingTypes()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>();

        Should.Throw<InvalidOperationException>(() => types.Add<UnnamedEto>()).Message.ShouldContain("has no [EventName");
        Should.Throw<InvalidOperationException>(() => types.Add<BadlyNamedEto>()).Message.ShouldContain("invalid event name");
        Should.Throw<InvalidOperationException>(() => types.Add<ClashingEto>()).Message.ShouldContain("registered for both");
        Should.Throw<InvalidOperationException>(() => types.GetName(typeof(UnnamedEto))).Message.ShouldContain("not registered");
    }

    [Fact]
    public void Envelope_RoundTripsThroughJson_WithEveryField()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>();
        var messageId = Guid.NewGuid();
        var tenantId = Guid.NewGuid();
        var thingId = Guid.NewGuid();

        var envelope = DistributedEventEnvelope.Create(types, new ThingHappenedEto(thingId, "Yoga 07:00", 3), messageId, tenantId, "req-42", s_now);
        var read = DistributedEventEnvelope.FromJson(envelope.ToJson());

        read.ShouldBe(envelope);
        read.MessageId.ShouldBe(messageId);
        read.EventName.ShouldBe("Tests.ThingHappened.v1");
        read.TenantId.ShouldBe(tenantId);
        read.CorrelationId.ShouldBe("req-42");
        read.OccurredAt.ShouldBe(s_now);
        read.OccurredAt.Kind.ShouldBe(DateTimeKind.Utc);
        read.Payload.ShouldContain("\"name\":\"Yoga 07:00\"");
        read.ReadPayload(types).ShouldBe(new ThingHappenedEto(thingId, "Yoga 07:00", 3));
    }

    [Fact]
    public void Envelope_ForTheHost_HasNoTenant()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>();

        var read = DistributedEventEnvelope.FromJson(
            DistributedEventEnvelope.Create(types, new ThingHappenedEto(Guid.NewGuid(), "x", 1), Guid.NewGuid(), null, null, s_now).ToJson());

        read.TenantId.ShouldBeNull();
        read.CorrelationId.ShouldBeNull();
    }

    [Fact]
    public void Envelope_Create_RefusesUnregisteredTypesNonUtcTimesAndLongCorrelationIds()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>();
        var eto = new ThingHappenedEto(Guid.NewGuid(), "x", 1);

        Should.Throw<InvalidOperationException>(() => DistributedEventEnvelope.Create(types, new ThingHappenedV2Eto(Guid.NewGuid()), Guid.NewGuid(), null, null, s_now));
        Should.Throw<ArgumentException>(() => DistributedEventEnvelope.Create(types, eto, Guid.NewGuid(), null, null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)));
        Should.Throw<ArgumentException>(() => DistributedEventEnvelope.Create(types, eto, Guid.NewGuid(), null, new string('c', 65), s_now));
    }

    [Fact]
    public void Envelope_ReadPayload_OfAnUnknownNameOrBadPayload_Throws()
    {
        var types = new DistributedEventTypeList().Add<ThingHappenedEto>();
        var unknown = new DistributedEventEnvelope(Guid.NewGuid(), "Tests.Retired.v1", null, null, s_now, "{}");
        var bad = new DistributedEventEnvelope(Guid.NewGuid(), "Tests.ThingHappened.v1", null, null, s_now, "{\"thingId\":\"not a guid\"}");

        Should.Throw<InvalidOperationException>(() => unknown.ReadPayload(types)).Message.ShouldContain("Tests.Retired.v1");
        Should.Throw<InvalidOperationException>(() => bad.ReadPayload(types)).Message.ShouldContain("not a valid ThingHappenedEto");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"messageId\":\"00000000-0000-0000-0000-000000000000\",\"eventName\":\"Tests.ThingHappened.v1\",\"payload\":\"{}\"}")]
    [InlineData("{\"messageId\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\",\"eventName\":\"\",\"payload\":\"{}\"}")]
    [InlineData("{\"messageId\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\",\"eventName\":\"Tests.ThingHappened.v1\"}")]
    public void Envelope_FromJson_RefusesWhatIsNotAnEnvelope(string json) =>
        Should.Throw<InvalidOperationException>(() => DistributedEventEnvelope.FromJson(json));

    [EventName("Tests.ThingHappened.v1")]
    public sealed record ThingHappenedEto(Guid ThingId, string Name, int Seats);

    [EventName("Tests.ThingHappened.v2")]
    public sealed record ThingHappenedV2Eto(Guid ThingId);

    [EventName("Tests.ThingHappened.v1")]
    public sealed record ClashingEto;

    [EventName("Tests.ThingHappened")]
    public sealed record BadlyNamedEto;

    public sealed record UnnamedEto;
}
