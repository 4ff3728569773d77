/* Linked with one layer whole and only the layers below it (meson.build): linking is the
 * check, running it does nothing. */
int main(void)
{
    return 0;
}
