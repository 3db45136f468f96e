#include "core/Error.h"

namespace tierdesk {

QString Error::text() const
{
    if (detail.isEmpty() || message.contains(detail))
        return message;
    return message + u" (" + detail + u')';
}

} // namespace tierdesk
