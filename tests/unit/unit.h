/* unit.h — what every cmocka test file here includes. */
#ifndef LETHE_TEST_UNIT_H
#define LETHE_TEST_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#endif
