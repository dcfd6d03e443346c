namespace FitSaaS.Bookings;

/// <summary>Creates a class schedule; its sessions up to the horizon (setting <c>Bookings.ScheduleHorizonDays</c>) are generated at once.</summary>
public sealed class CreateClassScheduleDto : ClassScheduleDefinitionDto;
