# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes help2man's include file for tierdesk-cli: a COMMANDS section holding
# each subcommand's own --help, the commands taken from `tierdesk-cli --help`,
# so the manual page always says what the program says.
#   cmake -DCLI=path/to/tierdesk-cli -DOUTPUT=file.h2m -P man-commands.cmake
execute_process(COMMAND "${CLI}" --help OUTPUT_VARIABLE usage RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} --help failed (${rc})")
endif()
string(REGEX MATCHALL "\n  ([a-z][a-z-]+) " lines "${usage}")
set(text "[COMMANDS]\n")
foreach(line IN LISTS lines)
    string(STRIP "${line}" command)
    execute_process(COMMAND "${CLI}" ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${CLI} ${command} --help failed (${rc})")
    endif()
    # roff: a leading dot or quote would be read as a request; backslashes escape.
    string(REPLACE "\\" "\\\\" help "${help}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
    string(APPEND text ".SS ${command}\n.nf\n${help}\n.fi\n")
endforeach()
string(APPEND text "\n[EXIT STATUS]\n0 success; 1 a check blocks or production is not ready; 2 a usage or repository error.\n")
file(WRITE "${OUTPUT}" "${text}")
