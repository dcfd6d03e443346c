using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// Class schedules (recurring classes) of the current tenant: <c>/api/bookings/class-schedules</c>. Sessions are generated
/// from them up to a rolling horizon (setting <c>Bookings.ScheduleHorizonDays</c>, default 42 days) when a schedule is
/// saved and by an hourly job; each occurrence is wall clock in the location's IANA zone (a time in the spring-forward gap
/// moves forward by the gap; one in the fall-back overlap takes the first, daylight, instant).
/// </summary>
public interface IClassScheduleAppService : IApplicationService
{
    /// <summary>A page of schedules.</summary>
    Task<PagedResultDto<ClassScheduleDto>> GetListAsync(GetClassScheduleListInput input);

    /// <summary>One schedule.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassScheduleDto> GetAsync(Guid id);

    /// <summary>Creates a schedule and generates its sessions up to the horizon.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:InvalidRecurrenceRule</c>, <c>Bookings:ClassTypeNotFound</c>, <c>Bookings:LocationNotFound</c>, <c>Bookings:CoachNotFound</c>.
    /// </exception>
    Task<ClassScheduleDto> CreateAsync(CreateClassScheduleDto input);

    /// <summary>Changes a schedule; its future sessions that nobody changed by hand follow (see <see cref="UpdateClassScheduleDto"/>).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// As <see cref="CreateAsync"/>, and <c>Bookings:ScheduleCapacityBelowConfirmed</c> (nothing changes).
    /// </exception>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassScheduleDto> UpdateAsync(Guid id, UpdateClassScheduleDto input);

    /// <summary>Deletes (soft) a schedule: its future unbooked sessions go, booked ones stay (customized), past ones stay.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Generates the schedule's sessions up to the horizon now (what the hourly job does); running it again adds nothing.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassScheduleSyncResultDto> GenerateSessionsAsync(Guid id);
}
