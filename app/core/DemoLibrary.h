#pragma once

#include "model/Result.h"
#include "storage/Library.h"

namespace caselens {

// The bundled demo cases (resources/demo): the septic-shock case in Portuguese and English and
// a few CodiEsp cases in Spanish and English, so a new user starts with something real.
class DemoLibrary {
public:
    // Fills a library with the demo cases once: a library that was seeded before, even if the
    // user has since deleted the demo cases, is left alone. Returns how many cases were added.
    static Result<int> seedOnce(storage::Library& library);
    // Adds the demo cases now (cases already present are skipped). Returns how many were added.
    static Result<int> addDemoCases(storage::Library& library);
    // Credits for the About box: where the demo texts come from and under which licence.
    static QString credits();
};

} // namespace caselens
