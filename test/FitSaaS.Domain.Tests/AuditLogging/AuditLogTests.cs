using FitSaaS.AuditLogging;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Domain.Tests.AuditLogging;

public sealed class AuditLogTests
{
    [Fact]
    public void Create_FromInfo_CopiesTenantToChildrenAndCutsLongTexts()
    {
        var tenantId = Guid.NewGuid();
        var info = new AuditLogInfo
        {
            TenantId = tenantId,
            UserName = "alice",
            HttpMethod = "POST",
            Url = "/api/x?q=" + new string('a', 3000),
            HttpStatusCode = 201,
        };
        info.SetException(new InvalidOperationException(new string('e', 5000)));
        info.AddAction(new AuditLogActionInfo { ServiceName = "S", MethodName = "M", Parameters = new string('p', 9000) });
        info.AddEntityChanges([new EntityChangeInfo
        {
            ChangeType = EntityChangeType.Updated,
            EntityId = "42",
            EntityTypeFullName = "FitSaaS.Sample",
            PropertyChanges = [new EntityPropertyChangeInfo { PropertyName = "Name", PropertyTypeFullName = "System.String", OriginalValue = "\"a\"", NewValue = "\"b\"" }],
        }]);

        var log = AuditLog.Create(new SequentialGuidGenerator(TimeProvider.System), info);

        log.TenantId.ShouldBe(tenantId);
        log.Url!.Length.ShouldBe(AuditLogConsts.MaxUrlLength);
        log.Exception!.Length.ShouldBe(AuditLogConsts.MaxExceptionLength);
        log.HasException.ShouldBeTrue();
        log.Actions.ShouldHaveSingleItem().Parameters.Length.ShouldBe(AuditLogConsts.MaxParametersLength);
        log.Actions[0].TenantId.ShouldBe(tenantId);
        var change = log.EntityChanges.ShouldHaveSingleItem();
        change.TenantId.ShouldBe(tenantId);
        change.AuditLogId.ShouldBe(log.Id);
        var property = change.PropertyChanges.ShouldHaveSingleItem();
        property.TenantId.ShouldBe(tenantId);
        property.EntityChangeId.ShouldBe(change.Id);
        property.OriginalValue.ShouldBe("\"a\"");
        property.NewValue.ShouldBe("\"b\"");
    }
}
