using Microsoft.EntityFrameworkCore;

namespace Pst.Data;

/// <summary>How a module adds its tables to the one DbContext without Pst.Data knowing the module.</summary>
public interface IEntityModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
