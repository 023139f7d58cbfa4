namespace Pst.Core.Calendar;

/// <summary>The stored list of closed days.</summary>
public interface IHolidayStore
{
    Task<IReadOnlyList<Holiday>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds the day, or replaces what is stored for that date; an unchanged day is not written.</summary>
    Task SetAsync(Holiday holiday, CancellationToken cancellationToken = default);
}
