using Pst.Core.Modules;

namespace Pst.Core.Tests.Modules;

internal sealed class TestModule(string id, bool isCore = false, params string[] dependencies) : IModule
{
    public ModuleManifest Manifest { get; } = new(id, id, "Test", "Test module", isCore, dependencies);
}
