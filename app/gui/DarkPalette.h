#pragma once
// A dark palette for checking that every colour stays readable (tierdesk --dark).
#include <QPalette>

namespace tierdesk {

QPalette darkPalette();

} // namespace tierdesk
